# Module "Check a piece of news": the news feed and the game "Make the fake".

## The news feed (news-feed)
feed-brand = Kaz'Actu · news feed
feed-label = The posts of the feed
feed-opinion-on = Your opinion on the post by { $author }
feed-reliable = Reliable
feed-not-reliable = Not reliable
feed-check-first = I check first
feed-tools-title = Tools to check
feed-tool-who = Who published it?
feed-tool-search = Search elsewhere
feed-tool-photo = Where does the photo come from?
feed-tool-address = Look at the address
feed-tool-when = When?
feed-link = Link:
feed-stats = { $likes } likes · { $shares } shares
feed-undecided = { $count ->
    [0] You have given your opinion on every post. Press “Check”.
    [one] 1 more post without “Reliable” or “Not reliable”.
   *[other] { $count } more posts without “Reliable” or “Not reliable”.
}
feed-halves-title = True and false: your result
feed-true-found = True news recognised: { $found } out of { $total }
feed-false-found = Fake news recognised: { $found } out of { $total }
feed-halves-why = Both count. Doubting everything does not help: real alerts protect people. “I check first” is not an answer: once you have checked, you must decide.
feed-was-true = This was true news.
feed-was-false = This was false or misleading news.
feed-clue = The clue:
feed-no-answer = You did not decide “Reliable” or “Not reliable” for this post.

## Make the fake (make-the-fake)
fake-step-make = 1. Make up the rumour
fake-draft = Your draft
fake-choose = Choose at least 2 tricks
fake-publish = Publish
fake-published = The rumour is published. Watch what happens.
fake-too-few = Choose at least 2 tricks before publishing.
fake-step-spread = 2. The rumour spreads
fake-spread-total = { $shares } shares · { $reactions } reactions in 24 hours
fake-after-hours = { $hours ->
    [one] After 1 hour: { $shares } shares
   *[other] After { $hours } hours: { $shares } shares
}
fake-change = Change the tricks
fake-step-learn = 3. The tricks, and how to spot them
fake-you-used = You used this trick.
fake-how-to-spot = How to spot it?
fake-how-it-works = How it works:
fake-spot-it = How to spot it:
fake-step-examples = 4. Your turn to spot them
fake-examples-intro = Here are other posts. For each one, choose the trick it uses. Careful: a post may be true.
fake-which-trick = Which trick in the post by { $author }?
fake-no-trick = No trick: this is true news

## Checking the files
