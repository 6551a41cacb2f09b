namespace IdentityCenter.BuildTools.Help
{
    internal sealed class HelpLink
    {
        public HelpLink(string text, string uri)
        {
            Text = text;
            Uri = uri;
        }

        public string Text { get; }

        /// <summary>A web address; empty for another help topic, which Get-Help finds by name.</summary>
        public string Uri { get; }

        public override string ToString() => Text;
    }
}
