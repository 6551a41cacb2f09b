namespace IdentityCenter.Core.Tests.EndToEnd;

/// <summary>The end-to-end classes share process-wide caches (the domain id look-up), so they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndCollection
{
    public const string Name = "end to end";
}
