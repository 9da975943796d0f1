### Problems of one kind of exercise or of one simulation (programs that
### read exercises whole). For advisors.

check-no-correct = No answer is marked right (correct = true).
check-several-correct = Several answers are right. Add multiple = true, or keep a single right answer.
check-unknown-group = "{ $field }" names the group "{ $group }", which does not exist. Possible groups: { $known }.
check-no-clue = No passage is a clue (clue = true). There must be at least one clue to find.
check-clue-without-id = This passage has a clue or an explanation, but no identifier (id).
check-unknown-goal = The goal "{ $id }" does not exist for this simulation. Possible goals: { $known }.
## Simulations (their files are also checked on the advisor's page)
check-cv-step-order = The step “{ $id }” is not in its place. The 6 steps, in order: { $known }.
check-cv-unknown-field = The field “{ $id }” does not exist in the CV workshop. Possible fields: { $known }.
check-cv-missing-field = The field “{ $id }” is missing: every field of the form needs its text.
check-feed-unbalanced = The feed must mix true and false: at least { $min } posts with reliable = true and { $min } with reliable = false.
check-feed-needs = “{ $field }” goes with “{ $needs }”, which is missing.
check-fake-reserved-id = The id “{ $id }” is reserved: it means “no trick”. Choose another id.
