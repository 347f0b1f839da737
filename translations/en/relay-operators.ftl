### translation: original
### Faro — what operators read about the relay and the escalation of interpreter requests
### (issue 20). Complete in English, Spanish and French.

op-relay-unanswered = No interpreter accepted in time. The person was told that staff can see their request: help them at the desk if you can.
