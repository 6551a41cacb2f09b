namespace IdentityCenter.BuildTools.Help
{
    internal enum MarkdownBlockKind
    {
        Heading,
        Paragraph,
        ListItem,
        Code,

        /// <summary>Lines kept as written: a table.</summary>
        Verbatim,
    }
}
