using IdentityCenter.BuildTools.Help;

namespace IdentityCenter.PowerShell.Tests.Support;

/// <summary>The module's help source, read once as the build reads it.</summary>
internal static class HelpFiles
{
    public static string Folder { get; } = RepositoryFiles.PathOf("docs", "help");

    private static readonly Lazy<HelpSources> Read = new(() => HelpSources.Read(Folder));

    public static HelpSources Sources => Read.Value;

    public static CommandHelp For(string commandName) =>
        Sources.Commands.SingleOrDefault(c => c.Name == commandName)
        ?? throw new Xunit.Sdk.XunitException("docs/help has no " + commandName + ".md.");
}
