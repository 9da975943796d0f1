### The end-of-workshop certificate (profil.html) and the CRCN competences.

## Certificate
certificate-title = Certificate of attendance
certificate-intro = Print a certificate to keep a record of what you did.
certificate-none = Finish at least one exercise to get a certificate.
certificate-which = Which certificate?
certificate-for-module = Topic "{ $module }"
certificate-for-all = Everything I did
certificate-name-label = Full name to write on the certificate
certificate-name-help = This name is not saved. It is only used for printing.
certificate-print = Print the certificate
certificate-not-diploma = This document is not a diploma. It certifies taking part in digital skills workshops.
certificate-statement-before = We certify that
certificate-statement-after = worked on the following topics with the Pas à pas app.
certificate-col-module = Topic
certificate-col-when = Progress
certificate-col-result = Result
certificate-done-on = Finished on { $date }
certificate-in-progress = In progress: { $done } of { $total } exercises
certificate-competences = Skills practised (French digital skills framework, CRCN):
certificate-structure = Organisation
certificate-advisor = Advisor
certificate-place = Place
certificate-signature = Signature
certificate-date = Issued on { $date }
certificate-reference = Reference: { $reference }

## CRCN competences
crcn-1-1 = Searching for and monitoring information
crcn-1-2 = Managing data
crcn-1-3 = Processing data
crcn-2-1 = Interacting
crcn-2-2 = Sharing and publishing
crcn-2-3 = Collaborating
crcn-2-4 = Fitting into the digital world
crcn-3-1 = Creating text documents
crcn-3-2 = Creating multimedia documents
crcn-3-3 = Adapting documents to their purpose
crcn-3-4 = Programming
crcn-4-1 = Securing the digital environment
crcn-4-2 = Protecting personal data and privacy
crcn-4-3 = Protecting health, well-being and the environment
crcn-5-1 = Solving technical problems
crcn-5-2 = Finding your way in a digital environment
