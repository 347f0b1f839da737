### translation: machine
### Faro — what operators read about the relay and the escalation of interpreter requests
### (issue 20). Complete in English, Spanish and French.

op-relay-unanswered = Ningún intérprete aceptó a tiempo. A la persona se le dijo que el personal ve su solicitud: ayúdala en la recepción si puedes.
