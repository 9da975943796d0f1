//! Opening the port, and finding the addresses other devices of the room
//! can reach this computer at.

use std::fmt;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpListener};

/// Ports tried when none is asked for: 8080, or the next free one up to 8099.
pub const DEFAULT_PORTS: std::ops::RangeInclusive<u16> = 8080..=8099;

/// Why the server could not open its port: said to the advisor as is.
#[derive(Debug)]
pub enum BindError {
    InUse { port: u16, asked: bool },
    Denied { port: u16 },
    NotHere { host: IpAddr },
    Other { port: u16, error: io::Error },
}

/// Listens on `host`: on `port` if one is asked for (0: any free port),
/// otherwise on the first free port of [`DEFAULT_PORTS`]. When serving
/// every interface or this computer only, the IPv6 loopback (`::1`) is
/// listened on too, on the same port, because `localhost` may mean it (as on
/// Windows): a port whose `::1` another program holds is skipped in the
/// search, so `localhost` never leads there. The first listener is IPv4.
pub fn bind(host: IpAddr, port: Option<u16>) -> Result<Vec<TcpListener>, BindError> {
    match port {
        Some(p) => bind_pair(host, p, true),
        None => {
            for p in DEFAULT_PORTS {
                match bind_pair(host, p, false) {
                    Err(BindError::InUse { .. }) => continue,
                    other => return other,
                }
            }
            Err(BindError::InUse { port: *DEFAULT_PORTS.end(), asked: false })
        }
    }
}

fn bind_pair(host: IpAddr, port: u16, asked: bool) -> Result<Vec<TcpListener>, BindError> {
    let main = bind_one(host, port, asked)?;
    let mut listeners = vec![main];
    if host.is_unspecified() || host == IpAddr::V4(Ipv4Addr::LOCALHOST) {
        let port = listeners[0].local_addr().map_err(|error| BindError::Other { port, error })?.port();
        match TcpListener::bind(SocketAddr::new(IpAddr::V6(Ipv6Addr::LOCALHOST), port)) {
            Ok(v6) => listeners.push(v6),
            Err(e) if e.kind() == io::ErrorKind::AddrInUse && !asked => return Err(BindError::InUse { port, asked }),
            // No IPv6 here, or the port asked for is taken there: IPv4 only
            // (the address shown is then 127.0.0.1, not localhost).
            Err(_) => {}
        }
    }
    Ok(listeners)
}

fn bind_one(host: IpAddr, port: u16, asked: bool) -> Result<TcpListener, BindError> {
    TcpListener::bind(SocketAddr::new(host, port)).map_err(|error| match error.kind() {
        io::ErrorKind::AddrInUse => BindError::InUse { port, asked },
        io::ErrorKind::PermissionDenied => BindError::Denied { port },
        io::ErrorKind::AddrNotAvailable => BindError::NotHere { host },
        _ => BindError::Other { port, error },
    })
}

impl fmt::Display for BindError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BindError::InUse { port, asked: true } => write!(
                f,
                "Le port {port} est déjà pris par un autre programme (Pas à pas est peut-être déjà ouvert). \
                 Fermez-le, ou choisissez un autre port : pas-a-pas --port 8090\n\
                 Port {port} is already taken by another program (Pas à pas may already be open). \
                 Close it, or choose another port: pas-a-pas --port 8090"
            ),
            BindError::InUse { port, asked: false } => write!(
                f,
                "Les ports 8080 à {port} sont tous pris (Pas à pas est peut-être déjà ouvert). \
                 Fermez l'autre programme, ou choisissez un port : pas-a-pas --port 9000\n\
                 Ports 8080 to {port} are all taken (Pas à pas may already be open). \
                 Close the other program, or choose a port: pas-a-pas --port 9000"
            ),
            BindError::Denied { port } => write!(
                f,
                "Cet ordinateur refuse d'ouvrir le port {port} (un port sous 1024 demande les droits \
                 d'administrateur, ou une règle de sécurité l'interdit). Essayez : pas-a-pas --port 8080\n\
                 This computer refuses to open port {port} (a port below 1024 needs administrator \
                 rights, or a security rule forbids it). Try: pas-a-pas --port 8080"
            ),
            BindError::NotHere { host } => write!(
                f,
                "L'adresse {host} n'est pas celle de cet ordinateur, ou son réseau n'est pas branché. \
                 Lancez Pas à pas sans --host.\n\
                 The address {host} is not this computer's, or its network is not connected. \
                 Start Pas à pas without --host."
            ),
            BindError::Other { port, error } => {
                write!(f, "Impossible d'ouvrir le port {port} : {error}\nCannot open port {port}: {error}")
            }
        }
    }
}

/// One network interface's IPv4 address.
#[derive(Debug, Clone)]
pub struct Interface {
    pub name: String,
    pub ip: IpAddr,
}

/// This computer's interfaces (none when the system will not say).
pub fn interfaces() -> Vec<Interface> {
    if_addrs::get_if_addrs()
        .map(|list| list.into_iter().map(|i| Interface { ip: i.ip(), name: i.name }).collect())
        .unwrap_or_default()
}

/// The addresses other devices may reach: IPv4, not loopback, not
/// link-local (169.254…, an interface with no network). The most likely
/// first: a home or office network (192.168…, then 10…, then 172.16–31…),
/// and adapters of virtual machines and containers last.
pub fn lan_addresses(interfaces: &[Interface]) -> Vec<Ipv4Addr> {
    let mut found: Vec<(u8, Ipv4Addr)> = interfaces
        .iter()
        .filter_map(|i| match i.ip {
            IpAddr::V4(ip)
                if !ip.is_loopback() && !ip.is_link_local() && !ip.is_unspecified() && !ip.is_multicast() =>
            {
                Some((rank(&i.name, ip), ip))
            }
            _ => None,
        })
        .collect();
    found.sort();
    let mut ips: Vec<Ipv4Addr> = found.into_iter().map(|(_, ip)| ip).collect();
    ips.dedup();
    ips
}

fn rank(name: &str, ip: Ipv4Addr) -> u8 {
    let name = name.to_ascii_lowercase();
    const CONTAINS: [&str; 10] =
        ["docker", "veth", "virbr", "vbox", "virtualbox", "vmware", "vmnet", "wsl", "hyper-v", "tailscale"];
    const STARTS: [&str; 5] = ["br-", "tun", "tap", "utun", "zt"];
    let virtual_adapter = CONTAINS.iter().any(|v| name.contains(v)) || STARTS.iter().any(|v| name.starts_with(v));
    let o = ip.octets();
    let class = match o {
        [192, 168, ..] => 0,
        [10, ..] => 1,
        [172, b, ..] if (16..32).contains(&b) => 2,
        _ => 3,
    };
    if virtual_adapter {
        10 + class
    } else {
        class
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i(name: &str, ip: &str) -> Interface {
        Interface { name: name.into(), ip: ip.parse().unwrap() }
    }

    #[test]
    fn the_room_network_first() {
        let list = [
            i("lo", "127.0.0.1"),
            i("docker0", "172.17.0.1"),
            i("eth0", "10.1.2.3"),
            i("wlan0", "192.168.1.20"),
            i("VirtualBox Host-Only Network", "192.168.56.1"),
            i("wlan0", "fe80::1"),
            i("eth1", "169.254.3.4"),
            i("wlan0", "192.168.1.20"),
        ];
        let ips: Vec<String> = lan_addresses(&list).iter().map(|ip| ip.to_string()).collect();
        assert_eq!(ips, ["192.168.1.20", "10.1.2.3", "192.168.56.1", "172.17.0.1"]);
    }

    #[test]
    fn no_network() {
        assert!(lan_addresses(&[i("lo", "127.0.0.1"), i("lo", "::1")]).is_empty());
    }

    #[test]
    fn a_port_in_use_is_said_and_the_next_one_taken() {
        let taken = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = taken.local_addr().unwrap().port();
        let host: IpAddr = "127.0.0.1".parse().unwrap();
        let err = bind(host, Some(port)).unwrap_err();
        assert!(matches!(err, BindError::InUse { asked: true, .. }), "{err:?}");
        assert!(err.to_string().contains(&format!("Le port {port} est déjà pris")));
        assert!(err.to_string().contains(&format!("Port {port} is already taken")));
    }

    #[test]
    fn localhost_is_ours_on_both_loopbacks_or_not_said() {
        let host: IpAddr = "127.0.0.1".parse().unwrap();
        let both = bind(host, Some(0)).unwrap();
        let port = both[0].local_addr().unwrap().port();
        assert!(both[0].local_addr().unwrap().is_ipv4());
        if both.len() == 2 {
            assert_eq!(both[1].local_addr().unwrap(), SocketAddr::new(IpAddr::V6(Ipv6Addr::LOCALHOST), port));
            drop(both);
            // Another program on [::1]:port only: asked for, IPv4 alone is served.
            let other = TcpListener::bind(SocketAddr::new(IpAddr::V6(Ipv6Addr::LOCALHOST), port)).unwrap();
            let alone = bind(host, Some(port)).unwrap();
            assert_eq!(alone.len(), 1);
            drop(other);
        }
    }
}
