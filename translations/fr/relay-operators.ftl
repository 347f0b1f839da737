### translation: machine
### Faro — what operators read about the relay and the escalation of interpreter requests
### (issue 20). Complete in English, Spanish and French.

op-relay-unanswered = Aucun interprète n'a accepté à temps. La personne a appris que le personnel voit sa demande : aidez-la à l'accueil si vous le pouvez.
