# A class-based bank account with validation, history and transfers.
class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds("%s has %d, needs %d" % (self.owner, self.balance, amount))
        self.balance -= amount
        self.history.append(("withdraw", amount))
    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
        self.history.append(("transfer to", other.id))
    def __repr__(self):
        return "Account(#%d %s: %d)" % (self.id, self.owner, self.balance)
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.05):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate)
        self.deposit(interest)
        return interest
alice = Account("alice", 100)
bob = SavingsAccount("bob", 50)
alice.deposit(25)
alice.transfer(bob, 60)
print(alice, bob)
print(bob.add_interest(), bob)
for action in [lambda: alice.withdraw(1000), lambda: bob.deposit(-5), lambda: alice.transfer(bob, 500)]:
    try:
        action()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(alice.history)
print(bob.history)
accounts = [alice, bob, Account("carol", 75)]
print(sorted(accounts, key=lambda a: a.balance))
print(sum(a.balance for a in accounts), max(accounts, key=lambda a: a.balance).owner)
print(isinstance(bob, Account), [type(a).__name__ for a in accounts])
