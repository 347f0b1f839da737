//! Splitting a page into its `+++` TOML front matter and Markdown body.

#[derive(Debug, PartialEq, Eq)]
pub(super) struct Split<'a> {
    pub front: &'a str,
    /// 1-based line of the first front-matter line (after the opening `+++`).
    pub front_first_line: usize,
    pub body: &'a str,
    /// 1-based line where the body starts.
    pub body_first_line: usize,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub(super) enum FrontMatterError {
    #[error("a page must start with a line `+++`, then TOML front matter, then `+++`")]
    MissingOpening,
    #[error("front matter is not closed: no second `+++` line")]
    Unclosed,
}

pub(super) fn split(source: &str) -> Result<Split<'_>, FrontMatterError> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut lines = source.split_inclusive('\n');
    let opening = lines.next().ok_or(FrontMatterError::MissingOpening)?;
    if opening.trim_end() != "+++" {
        return Err(FrontMatterError::MissingOpening);
    }
    let front_start = opening.len();
    let mut offset = front_start;
    let mut line_number = 1;
    for line in lines {
        line_number += 1;
        if line.trim_end() == "+++" {
            let body_start = offset + line.len();
            return Ok(Split {
                front: &source[front_start..offset],
                front_first_line: 2,
                body: &source[body_start..],
                body_first_line: line_number + 1,
            });
        }
        offset += line.len();
    }
    Err(FrontMatterError::Unclosed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_body() {
        let split = split("+++\ntitle = \"x\"\n+++\nBody\n").unwrap();
        assert_eq!(split.front, "title = \"x\"\n");
        assert_eq!(split.body, "Body\n");
        assert_eq!(split.body_first_line, 4);
    }

    #[test]
    fn reports_missing_and_unclosed() {
        assert_eq!(split("title = 1\n"), Err(FrontMatterError::MissingOpening));
        assert_eq!(split("+++\ntitle = 1\n"), Err(FrontMatterError::Unclosed));
        assert_eq!(split(""), Err(FrontMatterError::MissingOpening));
    }
}
