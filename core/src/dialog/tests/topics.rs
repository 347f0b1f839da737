use super::*;
use crate::content::TopicSlug;
use crate::publishing::{ReviewBoard, ReviewKind};

fn slug(text: &str) -> TopicSlug {
    TopicSlug::parse(text).unwrap()
}

#[test]
fn the_topic_list_has_every_topic_in_the_readers_language() {
    for locale in LOCALES {
        let outcome = press(speaking(locale), &Action::Topics);
        let reply = &outcome.replies[0];
        assert_eq!(reply.text, para(locale, "bot-topics"));
        let names = labels(reply);
        for topic in ctx().content.topics() {
            let title = &topic.text(locale).unwrap().value.title;
            assert!(
                names
                    .iter()
                    .any(|label| label.contains(title.as_str()) || label.ends_with('…')),
                "{locale}: {title} missing from {names:?}"
            );
        }
        assert_eq!(names.last(), Some(&plain(locale, "nav-menu").as_str()));
    }
}

#[test]
fn a_topic_is_read_in_parts_with_next_and_back() {
    for locale in LOCALES {
        let first = press(
            speaking(locale),
            &Action::Topic {
                slug: slug("asylum"),
                part: 0,
            },
        );
        let text = ctx().content.topic("asylum").unwrap().text(locale).unwrap();
        let parts = ctx().pages.get("asylum", locale).unwrap();
        assert!(parts.len() > 1, "the asylum topic has several sections");
        let reply = &first.replies[0];
        assert!(reply.text.plain().contains(&text.value.title));
        assert!(reply.text.plain().contains(&plain_with(
            locale,
            "topic-part",
            &[("current", 1.into()), ("total", parts.len().into())]
        )));
        assert!(reply.replace, "turning pages edits the message");
        let next = Action::Topic {
            slug: slug("asylum"),
            part: 1,
        };
        assert_eq!(actions(reply)[0], &next, "no back on the first part");
        assert_eq!(labels(reply)[0], format!("{} ›", plain(locale, "nav-next")));

        let second = press(first.state, &next);
        assert_eq!(
            second.state.flow,
            Flow::Reading {
                topic: "asylum".into(),
                part: 1
            }
        );
        let reply = &second.replies[0];
        assert!(reply.text.plain().contains(&parts[1].plain()));
        assert!(reply.text.plain().contains(&plain_with(
            locale,
            "topic-part",
            &[("current", 2.into()), ("total", parts.len().into())]
        )));
        assert_eq!(
            actions(reply)[0],
            &Action::Topic {
                slug: slug("asylum"),
                part: 0
            },
            "back"
        );

        let last = parts.len() as u16 - 1;
        let end = press(
            second.state,
            &Action::Topic {
                slug: slug("asylum"),
                part: last,
            },
        );
        let codes = actions(&end.replies[0]);
        assert!(
            !codes.contains(&&Action::Topic {
                slug: slug("asylum"),
                part: last + 1
            }),
            "no next at the end"
        );
        assert_eq!(codes[codes.len() - 2..], [&Action::Topics, &Action::Menu]);
    }
}

#[test]
fn every_part_of_every_topic_fits_in_one_message_in_every_locale() {
    for topic in ctx().content.topics() {
        for locale in Locale::ALL {
            let total = ctx().pages.get(topic.slug.as_str(), locale).unwrap().len();
            for part in 0..total {
                // `run` checks the length and the HTML of each.
                let outcome = press(
                    speaking(locale),
                    &Action::Topic {
                        slug: topic.slug.clone(),
                        part: part as u16,
                    },
                );
                assert!(!outcome.replies[0].text.is_empty());
            }
        }
    }
}

#[test]
fn a_machine_translation_says_so_on_the_first_part_only() {
    let first = press(
        speaking(Locale::Fa),
        &Action::Topic {
            slug: slug("asylum"),
            part: 0,
        },
    );
    let notice = plain(Locale::Fa, "notice-machine");
    let text = ctx()
        .content
        .topic("asylum")
        .unwrap()
        .text(Locale::Fa)
        .unwrap();
    assert!(text.value.status.needs_machine_notice());
    assert!(first.replies[0].text.plain().contains(&notice));
    let second = press(
        first.state,
        &Action::Topic {
            slug: slug("asylum"),
            part: 1,
        },
    );
    assert!(!second.replies[0].text.plain().contains(&notice));
}

#[test]
fn a_current_review_takes_the_machine_notice_away_in_that_locale_only() {
    let (content, _) = ContentPack::scan(&repo().join("content"));
    let translations = Translations::load(&repo().join("translations")).unwrap();
    let mut reviewed = Context::new(
        Arc::new(content),
        Arc::new(translations),
        Arc::new(LanguageDetector::new()),
        &vocabulary(),
        Settings::default(),
        TEST_CHANNEL,
    );
    reviewed.reviews = ReviewBoard::reviewed(&[(ReviewKind::Topic, "asylum", Locale::Fa)]);
    let open = |locale: Locale| {
        handle(
            &reviewed,
            speaking(locale),
            Input::new(Event::Button(
                Action::Topic {
                    slug: slug("asylum"),
                    part: 0,
                }
                .encode(),
            )),
        )
    };
    let fa = open(Locale::Fa);
    assert!(
        !fa.replies[0]
            .text
            .plain()
            .contains(&plain(Locale::Fa, "notice-machine"))
    );
    // Another locale's text of the same topic keeps its notice.
    let zh = open(Locale::ZhHans);
    assert!(
        zh.replies[0]
            .text
            .plain()
            .contains(&plain(Locale::ZhHans, "notice-machine"))
    );
}

#[test]
fn a_page_out_of_range_shows_the_last_and_an_unknown_topic_the_list() {
    let parts = ctx().pages.get("asylum", Locale::Es).unwrap().len();
    let beyond = press(
        speaking(Locale::Es),
        &Action::Topic {
            slug: slug("asylum"),
            part: 900,
        },
    );
    assert_eq!(
        beyond.state.flow,
        Flow::Reading {
            topic: "asylum".into(),
            part: parts as u16 - 1
        }
    );
    let unknown = press(
        speaking(Locale::Es),
        &Action::Topic {
            slug: slug("no-such-topic"),
            part: 0,
        },
    );
    assert!(
        unknown.replies[0]
            .text
            .plain()
            .starts_with(&plain(Locale::Es, "error-topic-not-found"))
    );
    assert_eq!(unknown.state.flow, Flow::Topics);
}

#[test]
fn every_part_of_every_topic_fits_on_a_phone_screen_and_the_first_has_substance() {
    use crate::dialog::pages::{PART_LINES, phone_lines};
    for topic in ctx().content.topics() {
        for locale in Locale::ALL {
            let Some(parts) = ctx().pages.get(topic.slug.as_str(), locale) else {
                continue;
            };
            for (part, text) in parts.iter().enumerate() {
                let outcome = press(
                    speaking(locale),
                    &Action::Topic {
                        slug: topic.slug.clone(),
                        part: u16::try_from(part).unwrap(),
                    },
                );
                let body = phone_lines(text);
                assert!(
                    body <= PART_LINES,
                    "{} {locale}: {body}",
                    topic.slug.as_str()
                );
                // The title, at most two notices and the part's number around it.
                let lines = phone_lines(&outcome.replies[0].text);
                assert!(
                    lines <= PART_LINES + 8,
                    "{} {locale} part {}: {lines} lines",
                    topic.slug.as_str(),
                    part + 1
                );
            }
            // More than an opening line or a notice: the first part is at least a third of
            // a screen, or the whole topic.
            let first = phone_lines(&parts[0]);
            assert!(
                first >= PART_LINES / 3 || parts.len() == 1,
                "{} {locale}: the first part is {first} lines",
                topic.slug.as_str()
            );
        }
    }
}

#[test]
fn the_emergency_numbers_are_on_the_first_part() {
    for locale in Locale::ALL {
        let outcome = press(
            speaking(locale),
            &Action::Topic {
                slug: slug("emergency"),
                part: 0,
            },
        );
        let text = outcome.replies[0].text.plain();
        assert!(text.contains("911"), "{locale}: {text}");
    }
}

#[test]
fn the_whole_topic_comes_as_one_message_a_part_which_stay_in_the_chat() {
    for locale in LOCALES {
        let parts = ctx().pages.get("asylum", locale).unwrap();
        let first = press(
            speaking(locale),
            &Action::Topic {
                slug: slug("asylum"),
                part: 0,
            },
        );
        let whole = Action::TopicWhole(slug("asylum"));
        assert!(
            actions(&first.replies[0]).contains(&&whole),
            "{locale}: a topic in parts offers the whole of it"
        );
        let outcome = press(first.state, &whole);
        assert_eq!(outcome.replies.len(), parts.len(), "{locale}");
        for (index, (reply, part)) in outcome.replies.iter().zip(parts).enumerate() {
            assert!(!reply.replace, "{locale}: part {index} replaces a message");
            assert!(
                reply.text.plain().contains(&part.plain()),
                "{locale}: part {index}"
            );
            assert!(reply.text.plain().contains(&plain_with(
                locale,
                "topic-part",
                &[
                    ("current", (index + 1).into()),
                    ("total", parts.len().into())
                ]
            )));
            let last = index + 1 == parts.len();
            assert_eq!(
                reply.buttons().next().is_some(),
                last,
                "{locale}: part {index}"
            );
        }
        let last = outcome.replies.last().unwrap();
        assert!(actions(last).contains(&&Action::Menu));
        assert!(
            !actions(last).contains(&&whole),
            "no second offer of the same"
        );
    }
}

#[test]
fn a_topic_links_to_its_web_page_only_when_the_pages_are_on_https() {
    let open = |web_url: Option<&str>, locale: Locale| {
        let (content, _) = ContentPack::scan(&repo().join("content"));
        let translations = Translations::load(&repo().join("translations")).unwrap();
        let context = Context::new(
            Arc::new(content),
            Arc::new(translations),
            Arc::new(LanguageDetector::new()),
            &vocabulary(),
            Settings {
                web_url: web_url.map(str::to_owned),
                ..Settings::default()
            },
            TEST_CHANNEL,
        );
        let action = Action::Topic {
            slug: slug("asylum"),
            part: 0,
        };
        let outcome = handle(
            &context,
            speaking(locale),
            Input::new(Event::Button(action.encode())),
        );
        outcome.replies[0]
            .buttons()
            .filter_map(|button| match &button.target {
                ButtonTarget::Link(url) => Some((button.label.clone(), url.clone())),
                ButtonTarget::Action(_) => None,
            })
            .collect::<Vec<_>>()
    };
    let links = open(Some("https://faro.example.org"), Locale::Fa);
    assert_eq!(
        links,
        [(
            plain(Locale::Fa, "nav-web-page"),
            "https://faro.example.org/fa/topics/asylum".to_owned()
        )]
    );
    assert!(open(None, Locale::Fa).is_empty());
}
