fn main() {
    leptos::mount::mount_to_body(pas_a_pas::App);
}
