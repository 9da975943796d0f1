//! The settings of the fictional network, what a stranger sees, and the goals.

/// Who can see something, from the most private to the most open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Audience {
    OnlyMe,
    Friends,
    FriendsOfFriends,
    Public,
}

impl Audience {
    pub const ALL: [Audience; 4] = [Audience::Public, Audience::FriendsOfFriends, Audience::Friends, Audience::OnlyMe];
}

/// One setting of the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Posts,
    Phone,
    Email,
    Findable,
}

/// One on/off switch of the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Switch {
    Location,
    TagReview,
    Ads,
}

impl Switch {
    /// The safe position of the switch.
    pub fn safe(self) -> bool {
        matches!(self, Switch::TagReview)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    pub posts: Audience,
    pub phone: Audience,
    pub email: Audience,
    /// Who can find the profile with the phone number.
    pub findable: Audience,
    /// The place is added to each post.
    pub location: bool,
    /// Posts where a friend tags you wait for your approval.
    pub tag_review: bool,
    /// Ads chosen from what you do on the network.
    pub ads: bool,
}

impl Settings {
    pub fn get(&self, f: Field) -> Audience {
        match f {
            Field::Posts => self.posts,
            Field::Phone => self.phone,
            Field::Email => self.email,
            Field::Findable => self.findable,
        }
    }

    pub fn switch(&self, s: Switch) -> bool {
        match s {
            Switch::Location => self.location,
            Switch::TagReview => self.tag_review,
            Switch::Ads => self.ads,
        }
    }

    /// Is the goal `id` (one of [`super::GOALS`]) reached?
    pub fn meets(&self, id: &str) -> bool {
        match id {
            "posts-friends" => self.posts <= Audience::Friends,
            "phone-hidden" => self.phone == Audience::OnlyMe,
            "email-hidden" => self.email == Audience::OnlyMe,
            "location-off" => !self.location,
            "tag-review-on" => self.tag_review,
            "ads-off" => !self.ads,
            "not-findable" => self.findable <= Audience::Friends,
            _ => false,
        }
    }

    /// The profile as someone who is not a friend (nor a friend's friend) sees it.
    pub fn stranger_view(&self) -> StrangerView {
        let post = self.posts == Audience::Public;
        StrangerView {
            phone: self.phone == Audience::Public,
            email: self.email == Audience::Public,
            post,
            place: post && self.location,
            tagged: !self.tag_review,
            found_by_phone: self.findable == Audience::Public,
        }
    }
}

/// What a stranger sees, besides the name and town that every profile shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct StrangerView {
    pub phone: bool,
    pub email: bool,
    pub post: bool,
    /// Where the last post was written from.
    pub place: bool,
    /// A photo where a friend tagged you, shown without your approval.
    pub tagged: bool,
    /// A stranger who has your number finds your profile with it.
    pub found_by_phone: bool,
}

impl StrangerView {
    /// How many personal things show.
    pub fn count(&self) -> usize {
        [self.phone, self.email, self.post, self.place, self.tagged, self.found_by_phone].iter().filter(|b| **b).count()
    }
}

/// The learner's session: the settings as changed, and the wrong moves.
#[derive(Clone, Debug, PartialEq)]
pub struct Social {
    pub start: Settings,
    pub now: Settings,
    /// Changes that showed more than before (count toward the hint).
    pub wrong_moves: u32,
    pub touched: bool,
}

impl Social {
    pub fn new(start: Settings) -> Self {
        Social { start, now: start, wrong_moves: 0, touched: false }
    }

    /// Sets one audience; opening it wider than it was is a wrong move.
    pub fn set(&mut self, f: Field, a: Audience) {
        let before = self.now.get(f);
        if a == before {
            return;
        }
        match f {
            Field::Posts => self.now.posts = a,
            Field::Phone => self.now.phone = a,
            Field::Email => self.now.email = a,
            Field::Findable => self.now.findable = a,
        }
        self.touched = true;
        if a > before {
            self.wrong_moves += 1;
        }
    }

    /// Turns a switch on or off; away from its safe position is a wrong move.
    pub fn toggle(&mut self, s: Switch, on: bool) {
        if self.now.switch(s) == on {
            return;
        }
        match s {
            Switch::Location => self.now.location = on,
            Switch::TagReview => self.now.tag_review = on,
            Switch::Ads => self.now.ads = on,
        }
        self.touched = true;
        if on != s.safe() {
            self.wrong_moves += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Audience::*;

    fn open() -> Settings {
        Settings {
            posts: Public,
            phone: Public,
            email: Public,
            findable: Public,
            location: true,
            tag_review: false,
            ads: true,
        }
    }
    fn safe() -> Settings {
        Settings {
            posts: Friends,
            phone: OnlyMe,
            email: OnlyMe,
            findable: Friends,
            location: false,
            tag_review: true,
            ads: false,
        }
    }

    #[test]
    fn every_goal_is_met_only_by_the_safe_setting() {
        for id in super::super::GOALS {
            assert!(safe().meets(id), "{id} met when safe");
            assert!(!open().meets(id), "{id} not met when open");
        }
        assert!(!safe().meets("unknown"));
    }

    #[test]
    fn each_goal_looks_at_its_own_setting() {
        let cases: Vec<(&str, Settings)> = vec![
            ("posts-friends", Settings { posts: FriendsOfFriends, ..safe() }),
            ("phone-hidden", Settings { phone: Friends, ..safe() }),
            ("email-hidden", Settings { email: Friends, ..safe() }),
            ("location-off", Settings { location: true, ..safe() }),
            ("tag-review-on", Settings { tag_review: false, ..safe() }),
            ("ads-off", Settings { ads: true, ..safe() }),
            ("not-findable", Settings { findable: FriendsOfFriends, ..safe() }),
        ];
        for (id, s) in cases {
            assert!(!s.meets(id), "{id} fails on its own setting");
            for other in super::super::GOALS.iter().filter(|g| **g != id) {
                assert!(s.meets(other), "{other} unaffected by {id}");
            }
        }
        // "Only me" is even more private than "friends".
        assert!(Settings { posts: OnlyMe, findable: OnlyMe, ..safe() }.meets("posts-friends"));
        assert!(Settings { findable: OnlyMe, ..safe() }.meets("not-findable"));
    }

    #[test]
    fn a_stranger_sees_only_what_is_public() {
        let before = open().stranger_view();
        assert_eq!(
            before,
            StrangerView { phone: true, email: true, post: true, place: true, tagged: true, found_by_phone: true }
        );
        assert_eq!(before.count(), 6);
        let after = safe().stranger_view();
        assert_eq!(after, StrangerView::default());
        assert_eq!(after.count(), 0);
        // Friends of friends are not strangers, but "public" is everyone.
        let s = Settings { phone: FriendsOfFriends, posts: Public, location: false, ..safe() }.stranger_view();
        assert!(!s.phone && s.post && !s.place);
        // The place shows only with a public post.
        assert!(!Settings { posts: Friends, location: true, ..safe() }.stranger_view().place);
    }

    #[test]
    fn opening_wider_is_a_wrong_move_and_closing_is_not() {
        let mut s = Social::new(open());
        s.set(Field::Posts, Friends);
        s.set(Field::Phone, OnlyMe);
        s.toggle(Switch::Location, false);
        s.toggle(Switch::TagReview, true);
        assert_eq!(s.wrong_moves, 0);
        assert!(s.touched);
        s.set(Field::Posts, Public);
        assert_eq!(s.wrong_moves, 1);
        s.set(Field::Posts, Public); // no change, no move
        s.toggle(Switch::Ads, true); // already on: no change
        assert_eq!(s.wrong_moves, 1);
        s.toggle(Switch::TagReview, false);
        assert_eq!(s.wrong_moves, 2);
        assert_eq!(s.start, open(), "the start is kept for the preview before");
    }

    #[test]
    fn nothing_changed_is_not_touched() {
        let mut s = Social::new(safe());
        s.set(Field::Posts, Friends);
        s.toggle(Switch::Ads, false);
        assert!(!s.touched);
    }
}
