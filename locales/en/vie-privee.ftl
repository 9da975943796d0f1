## Protect my data: social network, phone permissions, cookie banners.
## The words of the simulated apps. Names, texts and explanations are in exercises/vie-privee/.

# Social network (social-settings)
sn-title = Settings and privacy
sn-who-sees = Who can see your information
sn-field-posts = Who can see your future posts?
sn-field-phone = Who can see your phone number?
sn-field-email = Who can see your e-mail address?
sn-field-findable = Who can find you with your phone number?
sn-aud-public = Public
sn-aud-everyone = Everyone
sn-aud-fof = Friends of friends
sn-aud-friends = Friends
sn-aud-only-me = Only me
sn-aud-nobody = Nobody
sn-posts-tags = Posts and photos of you
sn-switch-location = Add my location to my posts
sn-switch-location-help = The place where you are shows under each post.
sn-switch-tag-review = Check the photos where someone puts your name
sn-switch-tag-review-help = A friend puts your name on a photo? You decide whether it goes on your profile.
sn-ads = Ads
sn-switch-ads = Personalised ads
sn-switch-ads-help = The network chooses ads from what you do and the pages you like.
sn-saved = Change saved.
sn-preview = What a stranger sees
sn-preview-intro = A stranger is someone who is not your friend. Your name and your town always show.
sn-before = Before your settings
sn-after = After your settings
sn-count = { $count ->
    [0] Nothing else. Your information is protected.
    [one] They also see 1 thing about you:
   *[other] They also see { $count } things about you:
}
sn-seen-phone = Your phone: { $phone }
sn-seen-email = Your e-mail: { $email }
sn-seen-post = Your last post:
sn-seen-place = posted at
sn-seen-tagged = A photo of you, without your consent:
sn-seen-found = If they know your number, they find your profile.

# Phone (phone-permissions)
ph-phone = Phone
ph-store = App store
ph-install = Install
ph-ask-contacts = Allow { $app } to access your contacts?
ph-ask-location = Allow { $app } to access this device's location?
ph-ask-camera = Allow { $app } to take pictures and record video?
ph-ask-microphone = Allow { $app } to record audio?
ph-ask-photos = Allow { $app } to access photos and videos on this device?
ph-ask-sms = Allow { $app } to send and view your text messages?
ph-always = Allow all the time
ph-allow = Allow
ph-while-using = While using the app
ph-once = Only this time
ph-settings-while-using = Allow only while using the app
ph-settings-ask = Ask every time
ph-deny = Don't allow
ph-home = Home screen
ph-home-hint = Your apps are installed. Open Settings to check what each app is allowed to do.
ph-settings = Settings
ph-back = Back
ph-network = Network and internet
ph-apps = Apps
ph-battery = Battery
ph-sound = Sound and vibration
ph-permissions-of = Permissions of { $app }
ph-settings-note = You can change these choices whenever you like. An app you do not open for a few months loses its permissions by itself.
ph-perm-contacts = Contacts
ph-perm-location = Location
ph-perm-camera = Camera
ph-perm-microphone = Microphone
ph-perm-photos = Photos and videos
ph-perm-sms = Text messages
ph-not-asked = not asked yet
ph-results = Your choices, explained

# Cookie banners (cookie-banners)
ck-browser = Browser
ck-address = Site address:
ck-site-of = Site { $site } of { $total }
ck-always-on = Always on
ck-choice-saved = Your choice is saved. The banner is gone.
ck-next = Go to the next site
ck-all-seen = You have seen all the sites. Press “Check”.
ck-results = Your choices, site by site
ck-no-choice = no choice
ck-refused = you refused everything except what is strictly necessary.
ck-accepted = you accepted: { $list }.

## Two-step verification and fake call from the bank
ts-site-kind = The bank's website
ts-user = Username:
ts-password = Password
ts-login = Log in
ts-code-sent = Step 2: a code has just been sent by text message to your phone.
ts-code-label = Code received by text (6 digits)
ts-validate = Confirm the code
ts-resend = Get a new code
ts-logged = You are logged in.
ts-phone = The phone
ts-messages = Messages
ts-no-sms = No message.
ts-incoming = Incoming call
ts-pick-up = Answer
ts-on-call = On a call with { $caller }
ts-you = You
ts-your-answer = What do you answer?
ts-hung-up = You hung up.
ts-callback = Whom do you call now?
ts-calling-bank = You are calling your bank on the number written on your card.
