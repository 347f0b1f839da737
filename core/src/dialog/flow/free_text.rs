//! Free text: without a language yet, it is used to guess one; otherwise the topics are
//! searched in the person's language and the best few offered, or the menu when none fits.

use crate::locale::Locale;

use crate::content::TopicSlug;
use crate::dialog::context::Context;
use crate::dialog::engine::Outcome;
use crate::dialog::flow::{language, menu, topics};
use crate::dialog::reply::Reply;
use crate::dialog::say::{Say, truncate_chars};
use crate::dialog::state::{ChatState, Flow};

pub(crate) fn text(
    ctx: &Context,
    mut state: ChatState,
    text: &str,
    client: Option<Locale>,
) -> Outcome {
    let Some(locale) = state.locale else {
        return language::detect(ctx, state, text, client);
    };
    let say = Say::new(ctx, locale);
    let query = truncate_chars(text, ctx.settings.max_query_chars);
    let found: Vec<TopicSlug> = ctx
        .search
        .search(locale, query, ctx.settings.search_results)
        .into_iter()
        .filter_map(|slug| TopicSlug::parse(slug).ok())
        .collect();
    state.flow = Flow::Menu;
    if found.is_empty() {
        let reply =
            Reply::text(say.html("bot-search-none")).with_buttons(menu::keyboard(say, &state));
        return Outcome::reply(state, reply);
    }
    state.flow = Flow::Topics;
    let reply = Reply::text(say.html("bot-search-results")).with_buttons(topics::topic_rows(
        ctx,
        say,
        found.iter(),
    ));
    Outcome::reply(state, reply)
}
