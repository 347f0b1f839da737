//! Free text: without a language yet, it is used to guess one; otherwise the topics are
//! searched in the person's language and the best few offered, or the menu when none fits.

use crate::content::TopicSlug;
use crate::dialog::flow::{language, menu, topics};
use crate::dialog::outcome::Outcome;
use crate::dialog::reply::Reply;
use crate::dialog::say::truncate_chars;
use crate::dialog::state::Flow;
use crate::dialog::turn::Turn;

pub(crate) fn text(mut turn: Turn<'_>, text: &str) -> Outcome {
    let Some(locale) = turn.state.locale else {
        return language::detect(turn, text);
    };
    let (ctx, say) = (turn.ctx, turn.say);
    let query = truncate_chars(text, ctx.settings.max_query_chars);
    let found: Vec<TopicSlug> = ctx
        .search
        .search(locale, query, ctx.settings.search_results)
        .into_iter()
        .filter_map(|slug| TopicSlug::parse(slug).ok())
        .collect();
    turn.state.flow = Flow::Menu;
    if found.is_empty() {
        let reply = Reply::text(say.paragraph("bot-search-none"))
            .with_buttons(menu::keyboard(say, &turn.state));
        return turn.reply(reply);
    }
    turn.state.flow = Flow::Topics;
    let reply = Reply::text(say.paragraph("bot-search-results"))
        .with_buttons(topics::topic_rows(say, found.iter()));
    turn.reply(reply)
}
