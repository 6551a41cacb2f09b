using System.Management.Automation;
using System.Reflection;

namespace IdentityCenter.PowerShell.Tests.Support;

/// <summary>
/// A cmdlet parameter as the help source must describe it, read from the cmdlet class: its type, aliases, and how it
/// is used in each parameter set, in the words of the help's yaml blocks.
/// </summary>
internal sealed record DeclaredParameter(string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyList<DeclaredUsage> Usages)
{
    public const string AllSets = "(All)";

    public static IReadOnlyList<DeclaredParameter> Of(Type cmdlet)
    {
        var parameters = CmdletParameters.Of(cmdlet).Select(FromProperty).ToList();
        var attribute = AttributeData.Single<CmdletAttribute>(cmdlet);
        if (AttributeData.Named<bool>(attribute, nameof(CmdletAttribute.SupportsShouldProcess)))
        {
            var all = new[] { new DeclaredUsage(new[] { AllSets }, false, "Named", "False") };
            parameters.Add(new DeclaredParameter("WhatIf", nameof(SwitchParameter), new[] { "wi" }, all));
            parameters.Add(new DeclaredParameter("Confirm", nameof(SwitchParameter), new[] { "cf" }, all));
        }

        return parameters;
    }

    /// <summary>The sets a cmdlet has: every named set and its default one, or __AllParameterSets when it has none.</summary>
    public static (IReadOnlyList<string> Sets, string? Default) SetsOf(Type cmdlet)
    {
        var attribute = AttributeData.Single<CmdletAttribute>(cmdlet);
        var defaultSet = AttributeData.Named<string>(attribute, nameof(CmdletAttribute.DefaultParameterSetName));
        var named = CmdletParameters.Of(cmdlet).SelectMany(CmdletParameters.Declarations).Select(d => d.ParameterSetName).OfType<string>();
        var sets = named.Concat(defaultSet == null ? Array.Empty<string>() : new[] { defaultSet }).Distinct().OrderBy(s => s, StringComparer.Ordinal).ToList();
        return sets.Count == 0 ? (new[] { "__AllParameterSets" }, null) : (sets, defaultSet);
    }

    private static DeclaredParameter FromProperty(PropertyInfo property)
    {
        var usages = AttributeData.Of<ParameterAttribute>(property)
            .Select(a => new
            {
                Set = AttributeData.Named<string>(a, nameof(ParameterAttribute.ParameterSetName)) ?? AllSets,
                Required = AttributeData.Named<bool>(a, nameof(ParameterAttribute.Mandatory)),
                Position = a.NamedArguments.Any(n => n.MemberName == nameof(ParameterAttribute.Position))
                    ? AttributeData.Named<int>(a, nameof(ParameterAttribute.Position)).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : "Named",
                Pipeline = Pipeline(
                    AttributeData.Named<bool>(a, nameof(ParameterAttribute.ValueFromPipeline)),
                    AttributeData.Named<bool>(a, nameof(ParameterAttribute.ValueFromPipelineByPropertyName))),
            })
            .GroupBy(u => (u.Required, u.Position, u.Pipeline))
            .Select(g => new DeclaredUsage(g.Select(u => u.Set).OrderBy(s => s, StringComparer.Ordinal).ToList(), g.Key.Required, g.Key.Position, g.Key.Pipeline))
            .ToList();
        return new DeclaredParameter(property.Name, property.PropertyType.Name, CmdletParameters.Aliases(property), usages);
    }

    private static string Pipeline(bool byValue, bool byPropertyName) =>
        byValue && byPropertyName ? "True (ByValue, ByPropertyName)"
        : byValue ? "True (ByValue)"
        : byPropertyName ? "True (ByPropertyName)"
        : "False";
}
