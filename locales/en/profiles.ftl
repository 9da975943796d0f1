### Profiles, progress, "I'm done", certificate.

cancel = Cancel
guest-name = Guest
storage-profiles-reset = The list of profiles was damaged. We have put it aside. A new list starts.
storage-progress-reset = Some of your results could not be read. They were put aside, nothing was erased. The rest is kept.
storage-too-new = This data was saved by a newer version of Pas à pas. It is kept as it is. Ask the advisor to update the app.

## Who are you?
who-title = Who are you?
who-intro = Press your picture to continue.
who-no-password = These profiles are kept on this computer. There is no password. Anyone who uses this computer can open a profile.
who-new = New profile
who-guest = Try without saving
who-guest-hint = Nothing will be kept when you leave.
farewell-kept = Goodbye! Your progress is kept on this computer.
farewell-erased = Goodbye! Everything has been erased from this computer.
farewell-idle = Nobody used the computer for { $minutes } minutes. For safety, we came back to this page. All progress is kept.

## New profile
new-title = New profile
new-picture = 1. Choose a picture
new-name = 2. Write your first name or a nickname
new-name-help = Your surname is not needed.
new-create = Create my profile
new-need-picture = Choose a picture first.
new-need-name = Write a first name or a nickname.
new-too-many = This computer already has 200 profiles. Ask the advisor to erase old profiles.
new-not-saved = The profile could not be saved. Ask the advisor for help.
picture-soleil = Sun
picture-fleur = Flower
picture-arbre = Tree
picture-tortue = Turtle
picture-poisson = Fish
picture-oiseau = Bird
picture-chat = Cat
picture-chien = Dog
picture-papillon = Butterfly
picture-coquillage = Shell
picture-volcan = Volcano
picture-bateau = Boat
picture-velo = Bicycle
picture-maison = House
picture-guitare = Guitar
picture-ananas = Pineapple

## My profile
profile-intro = Your results are kept on this computer.
profile-window-title = My profile
profile-guest-intro = You are trying without saving. Nothing will be kept when you leave.
profile-continue = Continue the exercises
export-title = Take my progress with me
export-intro = Save a file with your results. Keep it on a USB stick. Or e-mail it to yourself.
export-address = This file helps if you change computers. It also helps if the address of Pas à pas changes. With it, you get your results back.
export-button = Take my progress with me
export-done = The file is saved in your downloads.
import-title = Get my progress back
import-intro = Do you have a progress file? Choose it. Your best results are kept.
import-intro-new = Do you have a progress file from last time? Choose it to get your profile back.
import-label = Choose my progress file
import-ok = { $done ->
    [0] Your progress is back.
    [one] Your progress is back: { $done } exercise done.
   *[other] Your progress is back: { $done } exercises done.
}
import-refused = This file was not used. Nothing has changed.
import-too-big = The file is too big. It is probably not a progress file.
import-not-json = The file is damaged or incomplete.
import-foreign = This is not a Pas à pas progress file.
import-too-new = This file comes from a newer version of Pas à pas. Ask the advisor to update the app.
import-damaged = The file looks like a progress file, but its content is damaged.
import-not-saved = This file could not be saved on this computer.
rename-title = Change my name
rename-label = Your first name or a nickname
rename-button = Change my name
rename-done = Done.
leave-title = When you leave
switch-person = Switch person

## I'm done
finish-button = I'm done
finish-title = Are you done?
finish-intro = Before you leave, choose what happens to your progress.
finish-keep-title = Keep my progress on this computer
finish-keep-text = Next time, press your picture to continue.
finish-keep = Keep my progress
finish-erase-title = Erase everything
finish-erase-text = Your results and everything you wrote will be erased from this computer.
finish-export-first = Take my progress with me first, in a file
finish-erase = Erase everything
finish-erase-confirm = Really erase everything? You will not be able to get your results back.
finish-erase-yes = Yes, erase everything
finish-erase-no = No, go back
finish-guest = You tried without saving. Nothing is kept.
finish-guest-button = Finish
downloads-title = You downloaded a file
downloads-text = It stays in this computer's “Downloads” folder. The next person could open it. Take it with you, then delete it.
downloads-how-button = How do I delete this file?
downloads-how-1 = Open the “Downloads” folder. On Windows: Windows key + E, then “Downloads” on the left.
downloads-how-2 = First copy the file to your USB key, if you want to keep it.
downloads-how-3 = Right-click the file, then click “Delete”.
downloads-how-4 = Empty the recycle bin too. If you cannot, ask the advisor.
