// The default note, as a Mustache template; a user's template (same placeholders) can replace it.
// Labels come from `labels` in the export's language. A note is a paragraph of its own, not a list
// item behind a label, so Obsidian and GitHub give it its own direction and an Arabic note's
// punctuation stays at its end. Linked documents are joined by [[wiki-links]] to each other's notes
// (Obsidian's graph and backlinks), with the hamish:// link beside them.
export const DEFAULT_TEMPLATE = `---
{{frontMatter}}
---

# {{title}}
{{#sourceLine}}

{{sourceLine}}
{{/sourceLine}}
{{#highlights.length}}

## {{labels.highlights}}
{{/highlights.length}}
{{#highlights}}

{{quote}}
{{#note}}

{{note}}
{{/note}}

- {{labels.colour}}: {{colour}}{{#underline}} ({{labels.underline}}){{/underline}}
{{#orphaned}}
- {{labels.orphaned}}
{{/orphaned}}
{{#tags}}
- {{labels.tags}}: {{tags}}
{{/tags}}
- {{labels.added}}: {{day}}
- [{{labels.openInHamish}}]({{link}})
{{/highlights}}
{{#links.length}}

## {{labels.links}}
{{/links.length}}
{{#links}}

{{quote}}

↔ {{otherWikiLink}} · [{{labels.openInHamish}}]({{otherLink}})

{{otherQuote}}
{{#note}}

{{note}}
{{/note}}

{{#orphaned}}
- {{labels.linkOrphaned}}
{{/orphaned}}
{{#tags}}
- {{labels.tags}}: {{tags}}
{{/tags}}
- {{labels.added}}: {{day}}
- [{{labels.openHere}}]({{link}}) · [{{labels.openBoth}}]({{pairLink}})
{{/links}}
{{#documentNotes.length}}

## {{labels.documentNotes}}
{{/documentNotes.length}}
{{#documentNotes}}

{{note}}
{{#tags}}

{{tags}}
{{/tags}}
{{/documentNotes}}
{{#bookmarks.length}}

## {{labels.bookmarks}}

{{/bookmarks.length}}
{{#bookmarks}}
- [{{name}}]({{link}})
{{/bookmarks}}
`;
