# richards: Martin Richards' operating-system task scheduler simulation, the classic
# object-oriented benchmark: an idle task, a worker, two packet handlers and two devices
# pass packets through linked queues. Exercises method calls (many tiny ones), class
# hierarchies with overridden methods, attribute reads and writes, linked-list walking
# and None checks.
# Argument: number of scheduler runs. Prints the hold and queue-packet counts, which
# the original benchmark defines (9297 and 23246 per run).
# quick-args: 3
import sys

I_IDLE = 1
I_WORK = 2
I_HANDLERA = 3
I_HANDLERB = 4
I_DEVA = 5
I_DEVB = 6

K_DEV = 1000
K_WORK = 1001

BUFSIZE = 4
BUFSIZE_RANGE = range(BUFSIZE)
TASKTABSIZE = 10
ALPHABET_START = 65


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        tail = queue
        following = tail.link
        while following is not None:
            tail = following
            following = tail.link
        tail.link = self
        return queue


class TaskRec:
    pass


class DeviceTaskRec(TaskRec):
    def __init__(self):
        self.pending = None


class IdleTaskRec(TaskRec):
    def __init__(self):
        self.control = 1
        self.count = 10000


class HandlerTaskRec(TaskRec):
    def __init__(self):
        self.work_in = None
        self.device_in = None

    def work_in_add(self, packet):
        self.work_in = packet.append_to(self.work_in)
        return self.work_in

    def device_in_add(self, packet):
        self.device_in = packet.append_to(self.device_in)
        return self.device_in


class WorkerTaskRec(TaskRec):
    def __init__(self):
        self.destination = I_HANDLERA
        self.count = 0


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def packet_pending_state(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_packet_pending(self):
        return self.packet_pending

    def is_task_waiting(self):
        return self.task_waiting

    def is_task_holding(self):
        return self.task_holding

    def is_task_holding_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class TaskWorkArea:
    def __init__(self):
        self.task_tab = [None] * TASKTABSIZE
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0


work_area = TaskWorkArea()


class Task(TaskState):
    def __init__(self, ident, priority, input_queue, initial_state, handle):
        self.link = work_area.task_list
        self.ident = ident
        self.priority = priority
        self.input = input_queue
        self.packet_pending = initial_state.is_packet_pending()
        self.task_waiting = initial_state.is_task_waiting()
        self.task_holding = initial_state.is_task_holding()
        self.handle = handle
        work_area.task_list = self
        work_area.task_tab[ident] = self

    def fn(self, packet, handle):
        raise NotImplementedError

    def add_packet(self, packet, old):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            packet.append_to(self.input)
        return old

    def run_task(self):
        if self.is_waiting_with_packet():
            message = self.input
            self.input = message.link
            if self.input is None:
                self.running()
            else:
                self.packet_pending_state()
        else:
            message = None
        return self.fn(message, self.handle)

    def wait_task(self):
        self.task_waiting = True
        return self

    def hold(self):
        work_area.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        task = self.find_tcb(ident)
        task.task_holding = False
        if task.priority > self.priority:
            return task
        return self

    def qpkt(self, packet):
        task = self.find_tcb(packet.ident)
        work_area.qpkt_count += 1
        packet.link = None
        packet.ident = self.ident
        return task.add_packet(packet, self)

    def find_tcb(self, ident):
        task = work_area.task_tab[ident]
        if task is None:
            raise ValueError("bad task id %d" % ident)
        return task


class DeviceTask(Task):
    def fn(self, packet, handle):
        if packet is None:
            packet = handle.pending
            if packet is None:
                return self.wait_task()
            handle.pending = None
            return self.qpkt(packet)
        handle.pending = packet
        return self.hold()


class HandlerTask(Task):
    def fn(self, packet, handle):
        if packet is not None:
            if packet.kind == K_WORK:
                handle.work_in_add(packet)
            else:
                handle.device_in_add(packet)
        work = handle.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            handle.work_in = work.link
            return self.qpkt(work)
        device = handle.device_in
        if device is None:
            return self.wait_task()
        handle.device_in = device.link
        device.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(device)


class IdleTask(Task):
    def fn(self, packet, handle):
        handle.count -= 1
        if handle.count == 0:
            return self.hold()
        if handle.control & 1 == 0:
            handle.control = handle.control // 2
            return self.release(I_DEVA)
        handle.control = (handle.control // 2) ^ 0xD008
        return self.release(I_DEVB)


class WorkTask(Task):
    def fn(self, packet, handle):
        if packet is None:
            return self.wait_task()
        if handle.destination == I_HANDLERA:
            destination = I_HANDLERB
        else:
            destination = I_HANDLERA
        handle.destination = destination
        packet.ident = destination
        packet.datum = 0
        for i in BUFSIZE_RANGE:
            handle.count += 1
            if handle.count > 26:
                handle.count = 1
            packet.data[i] = ALPHABET_START + handle.count - 1
        return self.qpkt(packet)


def schedule():
    task = work_area.task_list
    while task is not None:
        if task.is_task_holding_or_waiting():
            task = task.link
        else:
            task = task.run_task()


def run_once():
    work_area.hold_count = 0
    work_area.qpkt_count = 0
    work_area.task_list = None
    work_area.task_tab = [None] * TASKTABSIZE

    IdleTask(I_IDLE, 1, 10000, TaskState().running(), IdleTaskRec())

    queue = Packet(None, 0, K_WORK)
    queue = Packet(queue, 0, K_WORK)
    WorkTask(I_WORK, 1000, queue, TaskState().waiting_with_packet(), WorkerTaskRec())

    queue = Packet(None, I_DEVA, K_DEV)
    queue = Packet(queue, I_DEVA, K_DEV)
    queue = Packet(queue, I_DEVA, K_DEV)
    HandlerTask(I_HANDLERA, 2000, queue, TaskState().waiting_with_packet(), HandlerTaskRec())

    queue = Packet(None, I_DEVB, K_DEV)
    queue = Packet(queue, I_DEVB, K_DEV)
    queue = Packet(queue, I_DEVB, K_DEV)
    HandlerTask(I_HANDLERB, 3000, queue, TaskState().waiting_with_packet(), HandlerTaskRec())

    DeviceTask(I_DEVA, 4000, None, TaskState().waiting(), DeviceTaskRec())
    DeviceTask(I_DEVB, 5000, None, TaskState().waiting(), DeviceTaskRec())

    schedule()
    return work_area.hold_count, work_area.qpkt_count


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 25
    ok = 0
    hold = qpkt = 0
    for _ in range(runs):
        hold, qpkt = run_once()
        if hold == 9297 and qpkt == 23246:
            ok += 1
    print("richards runs=%d hold=%d qpkt=%d ok=%d" % (runs, hold, qpkt, ok))


main()
