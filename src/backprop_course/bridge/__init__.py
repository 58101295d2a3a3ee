"""The bridge between a student's kernel and the trusted tester that grades it.

At grading time every test cell runs in a *tester* process that never executes student code
(:mod:`.tester`); the student's definitions stay in their sandboxed kernel, where :mod:`.agent`
answers the tester's requests. The two talk over a socket pair in a data-only format
(:mod:`.codec`): numbers, strings, lists, tuples, dicts and numeric numpy arrays are copied;
anything else crosses as an opaque handle that can only be called, or have attributes read or
set. Nothing that crosses is ever unpickled or executed.

Which side each module runs on:

* :mod:`.codec`: both (the wire format and the request/reply loop);
* :mod:`.agent`: the student's kernel (an untrusted process: nothing there is relied on);
* :mod:`.tester`: the trusted tester.
"""
