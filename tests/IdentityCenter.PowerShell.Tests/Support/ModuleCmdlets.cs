using System.Management.Automation;
using IdentityCenter.PowerShell.Commands;

namespace IdentityCenter.PowerShell.Tests.Support;

/// <summary>The [Cmdlet] classes the module assembly holds, and their Verb-Noun names.</summary>
internal static class ModuleCmdlets
{
    public static IReadOnlyList<Type> Types() =>
        typeof(IdcCmdlet).Assembly.GetTypes()
            .Where(t => AttributeData.Has<CmdletAttribute>(t))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<string> Names() =>
        Types()
            .Select(t => AttributeData.Single<CmdletAttribute>(t))
            .Select(a => AttributeData.Positional(a, 0) + "-" + AttributeData.Positional(a, 1))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
}
