### Checking exercise files (the "Check the exercises" page and error
### cards). These messages are for advisors.

problem-card-title = An exercise file has a problem.
problem-card-help = The other exercises work. Tell the advisor: this file can be fixed with a text editor.
problem-details = Details for the advisor: { $files }
problem-place = { $file }, line { $line }, column { $column }:

check-syntax = The text is badly written here. Check the quotes, the brackets and the = sign. (Detail: { $detail })
check-too-big = This file is too large ({ $size } KB). An exercise file is at most { $max } KB.
check-too-deep = Here, lists and tables are nested too deeply (more than { $max } levels). Simplify this part.
check-unreadable = This file cannot be read.
check-file-missing = The file { $file } cannot be found.
check-module-missing = The topic "{ $id }" is in the list, but its file { $file } cannot be found.
check-exercise-missing = The exercise "{ $id }" is in the list, but its file { $file } cannot be found.
check-missing-field = "{ $field }" is missing.
check-unknown-field = "{ $field }" is unknown. Check the spelling. Possible names: { $known }.
check-wrong-type = "{ $field }" must be { $expected ->
    [text] a text in quotes
    [number] a whole number
    [boolean] true or false
    [list] a list in square brackets
   *[tables] a series of blocks in double square brackets
}.
check-empty-text = "{ $field }" is empty.
check-missing-french = "{ $field }" has no French text (fr). French is required.
check-bad-language = "{ $field }": the language code must have 2 or 3 lowercase letters, like fr or en.
check-bad-id = The identifier "{ $id }" is not valid. Use only lowercase letters without accents, digits and dashes.
check-id-mismatch = The identifier "{ $id }" must be "{ $expected }", like the name of the file or folder.
check-duplicate-id = The identifier "{ $id }" is used twice.
check-too-few = "{ $field }" must have at least { $min }.
check-too-many = "{ $field }" must not have more than { $max }.
check-unknown-kind = The exercise type "{ $kind }" does not exist. Possible types: { $known }.
check-unknown-icon = The icon "{ $icon }" does not exist. Possible icons: { $known }.
check-unknown-value = "{ $value }" is not valid for "{ $field }". Possible values: { $known }.
check-missing-explanation = "{ $item }" has no explanation. Every answer must explain why.
check-minutes-range = "minutes" is { $minutes }. Write a whole number from 1 to { $max }: the time a beginner takes to do this exercise, without hurrying.
check-module-minutes = "minutes" does not go in module.toml: the module's duration is computed, as the sum of its exercises' minutes. Remove this line, and write "minutes" in each exercise.
