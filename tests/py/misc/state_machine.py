# A table-driven state machine (a turnstile and a simple parser of signed numbers).
class StateMachine:
    def __init__(self, start, transitions):
        self.state = start
        self.transitions = transitions
        self.log = []
    def send(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise ValueError("no transition from %s on %r" % (self.state, event))
        new_state = self.transitions[key]
        self.log.append("%s --%s--> %s" % (self.state, event, new_state))
        self.state = new_state
        return new_state
turnstile = StateMachine("locked", {
    ("locked", "coin"): "unlocked",
    ("locked", "push"): "locked",
    ("unlocked", "push"): "locked",
    ("unlocked", "coin"): "unlocked",
})
for ev in ["push", "coin", "coin", "push", "push"]:
    turnstile.send(ev)
print("\n".join(turnstile.log))
try:
    turnstile.send("kick")
except ValueError as e:
    print(type(e).__name__, e)
def classify(ch):
    if ch in "+-":
        return "sign"
    if ch.isdigit():
        return "digit"
    if ch == ".":
        return "dot"
    return "other"
NUMBER = {
    ("start", "sign"): "signed", ("start", "digit"): "int", ("signed", "digit"): "int",
    ("int", "digit"): "int", ("int", "dot"): "frac_start", ("frac_start", "digit"): "frac",
    ("frac", "digit"): "frac",
}
ACCEPT = {"int", "frac"}
def is_number(text):
    state = "start"
    for ch in text:
        state = NUMBER.get((state, classify(ch)))
        if state is None:
            return False
    return state in ACCEPT
for s in ["42", "-7", "+3.14", "3.", ".5", "1.2.3", "--1", "", "007", "-0.0"]:
    print(repr(s), is_number(s))
print(turnstile.state, len(turnstile.log))
