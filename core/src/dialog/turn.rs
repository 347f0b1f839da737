//! One event's handling: the chat's state and the language of the answer, resolved once when
//! the turn begins, so that no flow has to work it out again.

use crate::locale::Locale;

use super::context::Context;
use super::effect::Effect;
use super::outcome::Outcome;
use super::reply::Reply;
use super::say::Say;
use super::state::ChatState;

pub(crate) struct Turn<'a> {
    pub ctx: &'a Context,
    pub state: ChatState,
    /// What the person's app says their language is; it counts until they choose one.
    pub client: Option<Locale>,
    /// UI strings in the language of the answer.
    pub say: Say<'a>,
}

impl<'a> Turn<'a> {
    /// The answer is in the person's choice, else what their app says, else English.
    pub fn new(ctx: &'a Context, state: ChatState, client: Option<Locale>) -> Self {
        let locale = state.locale.or(client).unwrap_or(Locale::SOURCE);
        Turn {
            ctx,
            state,
            client,
            say: Say::new(ctx, locale),
        }
    }

    pub fn locale(&self) -> Locale {
        self.say.locale
    }

    /// The person speaks `locale` from now on (they chose it, or brought it from a kiosk).
    pub fn speak(&mut self, locale: Locale) {
        self.state.locale = Some(locale);
        self.say = Say::new(self.ctx, locale);
    }

    pub fn reply(self, reply: Reply) -> Outcome {
        self.replies(vec![reply])
    }

    pub fn replies(self, replies: Vec<Reply>) -> Outcome {
        Outcome {
            locale: self.locale(),
            state: self.state,
            replies,
            erase: false,
            effect: None,
        }
    }

    /// Nothing to say yet: the session carries out `effect` and answers with its result.
    pub fn effect(self, effect: Effect) -> Outcome {
        Outcome {
            effect: Some(effect),
            ..self.replies(Vec::new())
        }
    }
}
