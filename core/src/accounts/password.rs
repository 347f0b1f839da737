//! Passwords: the rule a new one must pass ([`check`]), and argon2id hashing with the crate's
//! default parameters (19 MiB, 2 passes, 1 lane) and a random salt per password.
//!
//! Hashing and verifying are slow and memory-hungry on purpose, so they never run on the async
//! workers: [`PasswordWork`] runs them on the blocking pool, at most `concurrency` at a time,
//! each in one of `concurrency` memory areas reused while a burst lasts and given back to the
//! system when the last sign-in of it is done (so a burst neither starves the web server's
//! workers nor leaves freed argon2 blocks in the allocator's arenas: memory returns to where it
//! was). A few more may wait their turn; beyond that a sign-in is refused at once
//! ([`AccountError::Busy`]), before any hashing.

use std::sync::{Arc, Mutex};

use argon2::password_hash::PasswordHasher;
use argon2::{Algorithm, Argon2, Block, Params, PasswordHash, Version};
use tokio::sync::Semaphore;

use super::AccountError;

pub const MIN_LENGTH: usize = 12;

/// Why a new password is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordProblem {
    /// Fewer than [`MIN_LENGTH`] characters.
    TooShort,
    /// One character, or one short group of characters, repeated (`aaaaaaaaaaaa`,
    /// `abcabcabcabc`, twelve spaces).
    Repeated,
    /// A run along the alphabet, the digits or a keyboard row (`abcdefghijkl`, `123456789012`,
    /// `qwertyuiopas`).
    Sequence,
    /// One of the most common breached passwords, give or take digits and symbols around it
    /// (`Password2024!`), or the account's own name.
    Common,
}

impl std::fmt::Display for PasswordProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            PasswordProblem::TooShort => "passwords need at least 12 characters",
            PasswordProblem::Repeated => "the password is one character or group repeated",
            PasswordProblem::Sequence => "the password is a run of letters, digits or keys",
            PasswordProblem::Common => {
                "the password is one of the most common ones, or the account's name"
            }
        })
    }
}

/// The breached-password stems, shipped with the binary (`core/data/passwords/common.txt`).
const COMMON: &str = include_str!("../../data/passwords/common.txt");

fn is_common(stem: &str) -> bool {
    COMMON
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .any(|line| line == stem)
}

/// Keyboard rows and the alphabet, forwards; a password inside one (either way) is a sequence.
const RUNS: [&str; 6] = [
    "abcdefghijklmnopqrstuvwxyz",
    "01234567890123456789",
    "qwertyuiopasdfghjklzxcvbnm",
    "qwertzuiopasdfghjklyxcvbnm",
    "azertyuiopqsdfghjklmwxcvbn",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
];

/// The rule every new password must pass, for the account `name`.
pub fn check(password: &str, name: &str) -> Result<(), PasswordProblem> {
    let chars: Vec<char> = password.chars().collect();
    if chars.len() < MIN_LENGTH {
        return Err(PasswordProblem::TooShort);
    }
    let lower: Vec<char> = password.to_lowercase().chars().collect();
    // A short unit repeated: one character, or a group up to a third of the length.
    for unit in 1..=lower.len() / 3 {
        if lower.len().is_multiple_of(unit) && lower.chunks(unit).all(|c| c == &lower[..unit]) {
            return Err(PasswordProblem::Repeated);
        }
    }
    let text: String = lower.iter().collect();
    let reversed: String = lower.iter().rev().collect();
    if RUNS
        .iter()
        .any(|run| run.contains(&text) || run.contains(&reversed))
    {
        return Err(PasswordProblem::Sequence);
    }
    // Constant-step runs beyond the tables above (`acegikmoqsuw`, `975319753197`…).
    let steps: Vec<i64> = lower
        .windows(2)
        .map(|pair| i64::from(u32::from(pair[1])) - i64::from(u32::from(pair[0])))
        .collect();
    if steps
        .iter()
        .all(|step| *step == steps[0] && step.abs() <= 2)
    {
        return Err(PasswordProblem::Sequence);
    }
    let stem = text.trim_matches(|c: char| !c.is_alphabetic());
    let stem_without_spaces: String = stem.chars().filter(|c| !c.is_whitespace()).collect();
    let name = name.trim().to_lowercase();
    if stem.is_empty()
        || is_common(stem)
        || is_common(&stem_without_spaces)
        || (!name.is_empty() && text.contains(&name))
    {
        return Err(PasswordProblem::Common);
    }
    // A common stem repeated (`passwordpassword`, `iloveyouiloveyou`).
    for unit in 3..=stem.len() / 2 {
        if stem.len().is_multiple_of(unit)
            && stem.is_char_boundary(unit)
            && stem
                .as_bytes()
                .chunks(unit)
                .all(|c| c == &stem.as_bytes()[..unit])
            && is_common(&stem[..unit])
        {
            return Err(PasswordProblem::Common);
        }
    }
    Ok(())
}

/// A new argon2id hash of `password`, after [`check`] (the CLI's `faro user add`).
pub(super) fn hash(password: &str, name: &str) -> Result<String, AccountError> {
    check(password, name).map_err(AccountError::WeakPassword)?;
    hash_unchecked(password)
}

fn hash_unchecked(password: &str) -> Result<String, AccountError> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|_| AccountError::Hashing)
}

/// Checks `password` against the PHC string `stored`, computing in `memory` (grown if the
/// stored parameters need more blocks than it has).
fn verify_in(password: &str, stored: &str, memory: &mut Vec<Block>) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return false;
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let Ok(algorithm) = Algorithm::try_from(parsed.algorithm.as_str()) else {
        return false;
    };
    let version = match parsed.version.map(Version::try_from) {
        None => Version::default(),
        Some(Ok(version)) => version,
        Some(Err(_)) => return false,
    };
    let Ok(params) = Params::try_from(&parsed) else {
        return false;
    };
    let blocks = params.block_count();
    if memory.len() < blocks {
        memory.resize(blocks, Block::new());
    }
    let mut out = vec![0u8; expected.len()];
    let computed = Argon2::new(algorithm, version, params).hash_password_into_with_memory(
        password.as_bytes(),
        &salt,
        &mut out,
        &mut memory[..blocks],
    );
    computed.is_ok() && constant_time_eq(&out, expected.as_bytes())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
pub(super) fn verify(password: &str, stored: &str) -> bool {
    use argon2::password_hash::PasswordVerifier;
    Argon2::default()
        .verify_password(password.as_bytes(), stored)
        .is_ok()
}

/// A real hash of a random password, checked against when the user does not exist, so that a
/// missing name takes as long as a wrong password. Computed once: it is a constant, not state.
pub(super) fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        let random = hex::encode(rand::random::<[u8; 16]>());
        hash_unchecked(&random).unwrap_or_default()
    });
    &DUMMY
}

/// The bounded pool that hashes and verifies passwords. Cheap to clone.
#[derive(Clone)]
pub struct PasswordWork {
    inner: Arc<Inner>,
}

struct Inner {
    /// Admission: running plus waiting; a sign-in that finds none left is refused.
    admitted: Arc<Semaphore>,
    /// At most this many hash at once.
    running: Arc<Semaphore>,
    /// One reusable argon2 memory area per running slot, allocated on first use and dropped
    /// when no sign-in is admitted any more.
    memory: Mutex<Vec<Vec<Block>>>,
    concurrency: usize,
    /// Admissions in all: running plus waiting.
    capacity: usize,
}

impl std::fmt::Debug for PasswordWork {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordWork")
            .field("concurrency", &self.inner.concurrency)
            .finish()
    }
}

/// How many sign-ins may wait for a hashing slot, per slot.
const WAITING_PER_SLOT: usize = 2;

/// A place in the queue, held from before the database is read until the hash is done.
pub struct Admission {
    _permit: tokio::sync::OwnedSemaphorePermit,
}

impl PasswordWork {
    /// `concurrency` hashes at a time (0: the number of cores).
    pub fn new(concurrency: usize) -> Self {
        let concurrency = if concurrency == 0 {
            std::thread::available_parallelism().map_or(1, usize::from)
        } else {
            concurrency
        };
        let capacity = concurrency * (1 + WAITING_PER_SLOT);
        PasswordWork {
            inner: Arc::new(Inner {
                admitted: Arc::new(Semaphore::new(capacity)),
                running: Arc::new(Semaphore::new(concurrency)),
                memory: Mutex::new(Vec::new()),
                concurrency,
                capacity,
            }),
        }
    }

    pub fn concurrency(&self) -> usize {
        self.inner.concurrency
    }

    /// A place in the queue, or [`AccountError::Busy`] at once when it is full: the cheap
    /// refusal, before any hashing or database write.
    pub fn admit(&self) -> Result<Admission, AccountError> {
        self.inner
            .admitted
            .clone()
            .try_acquire_owned()
            .map(|permit| Admission { _permit: permit })
            .map_err(|_| AccountError::Busy)
    }

    /// Whether `password` matches the PHC string `stored`, computed on the blocking pool.
    pub async fn verify(
        &self,
        _admission: &Admission,
        password: &str,
        stored: &str,
    ) -> Result<bool, AccountError> {
        let password = password.to_owned();
        let stored = stored.to_owned();
        self.run(move |memory| verify_in(&password, &stored, memory))
            .await
    }

    /// A new hash of `password` (already [`check`]ed by the caller), on the blocking pool.
    pub async fn hash(
        &self,
        _admission: &Admission,
        password: &str,
    ) -> Result<String, AccountError> {
        let password = password.to_owned();
        self.run(move |_| hash_unchecked(&password)).await?
    }

    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Vec<Block>) -> T + Send + 'static,
    ) -> Result<T, AccountError> {
        let _running = self
            .inner
            .running
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| AccountError::Busy)?;
        let inner = self.inner.clone();
        tokio::task::spawn_blocking(move || {
            let mut memory = inner
                .memory
                .lock()
                .map(|mut pool| pool.pop())
                .ok()
                .flatten()
                .unwrap_or_default();
            let result = work(&mut memory);
            if let Ok(mut pool) = inner.memory.lock() {
                // The caller holds one admission; when it is the only one, the burst is over
                // and the areas go back to the system (each is one large allocation, which the
                // allocator unmaps at once).
                if inner.admitted.available_permits() + 1 >= inner.capacity {
                    pool.clear();
                    pool.shrink_to_fit();
                } else {
                    pool.push(memory);
                }
            }
            result
        })
        .await
        .map_err(|_| AccountError::Hashing)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_salted_and_verify() {
        let first = hash("correct horse battery", "ana").unwrap();
        let second = hash("correct horse battery", "ana").unwrap();
        assert!(first.starts_with("$argon2id$"));
        assert_ne!(first, second, "each hash has its own salt");
        assert!(verify("correct horse battery", &first));
        assert!(!verify("wrong horse battery", &first));
        assert!(!verify("anything", "not a hash"));
        assert!(dummy_hash().starts_with("$argon2id$"));
        assert!(!verify("anything", dummy_hash()));
        // The pool's own verification, in reused memory, agrees with the crate's.
        let mut memory = Vec::new();
        assert!(verify_in("correct horse battery", &first, &mut memory));
        let allocated = memory.len();
        assert!(!verify_in("wrong horse battery", &first, &mut memory));
        assert!(verify_in("correct horse battery", &second, &mut memory));
        assert_eq!(memory.len(), allocated, "memory reused, not grown");
        assert!(!verify_in("anything", "not a hash", &mut memory));
        assert!(!verify_in("anything", dummy_hash(), &mut memory));
    }

    #[tokio::test]
    async fn memory_is_kept_while_others_wait_and_given_back_after_the_last() {
        let work = PasswordWork::new(1);
        let stored = hash("correct horse battery", "ana").unwrap();
        let areas = |work: &PasswordWork| work.inner.memory.lock().unwrap().len();
        let first = work.admit().unwrap();
        let waiting = work.admit().unwrap();
        assert!(
            work.verify(&first, "correct horse battery", &stored)
                .await
                .unwrap()
        );
        assert_eq!(areas(&work), 1, "kept for the sign-in still waiting");
        drop(first);
        assert!(
            !work
                .verify(&waiting, "wrong horse battery", &stored)
                .await
                .unwrap()
        );
        assert_eq!(areas(&work), 0, "the last of the burst gives it back");
    }

    #[test]
    fn weak_passwords_are_refused_with_their_reason() {
        use PasswordProblem::*;
        for (password, problem) in [
            ("short", TooShort),
            ("aaaaaaaaaaaa", Repeated),
            ("            ", Repeated),
            ("abcabcabcabc", Repeated),
            ("abcdefghijkl", Sequence),
            ("123456789012", Sequence),
            ("210987654321", Sequence),
            ("qwertyuiopas", Sequence),
            ("ACEGIKMOQSUW", Sequence),
            ("Password2024!", Common),
            ("iloveyou123456", Common),
            ("passwordpassword", Common),
            ("!!Contraseña2025", Common),
            ("correct horse battery staple", Common),
            ("ana.staff-2026!", Common),
        ] {
            assert_eq!(check(password, "ana.staff"), Err(problem), "{password:?}");
        }
        for password in [
            "a long enough password",
            "Tapachula en invierno 7",
            "correct horse battery",
            "mi perro come mangos",
        ] {
            assert_eq!(check(password, "ana.staff"), Ok(()), "{password:?}");
        }
    }

    #[tokio::test]
    async fn the_pool_refuses_at_once_when_its_queue_is_full_and_hashes_off_the_workers() {
        let work = PasswordWork::new(1);
        assert_eq!(work.concurrency(), 1);
        let held: Vec<Admission> = (0..1 + WAITING_PER_SLOT)
            .map(|_| work.admit().expect("room in the queue"))
            .collect();
        assert!(matches!(work.admit(), Err(AccountError::Busy)));
        drop(held);
        let admission = work.admit().expect("room again once the others are done");
        let stored = work
            .hash(&admission, "a long enough password")
            .await
            .unwrap();
        assert!(
            work.verify(&admission, "a long enough password", &stored)
                .await
                .unwrap()
        );
        assert!(
            !work
                .verify(&admission, "not the password!", &stored)
                .await
                .unwrap()
        );
        assert!(PasswordWork::new(0).concurrency() >= 1, "0 means the cores");
    }
}
