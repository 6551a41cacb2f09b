using System.Management.Automation;
using System.Reflection;

namespace IdentityCenter.PowerShell.Tests.Support;

/// <summary>The parameters a cmdlet class declares, read through metadata.</summary>
internal static class CmdletParameters
{
    public static IReadOnlyList<PropertyInfo> Of(Type cmdlet) =>
        cmdlet.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => AttributeData.Has<ParameterAttribute>(p))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

    public static PropertyInfo Named(Type cmdlet, string name) =>
        Of(cmdlet).SingleOrDefault(p => p.Name == name) ?? throw new Xunit.Sdk.XunitException(cmdlet.Name + " has no parameter -" + name + ".");

    public static IReadOnlyList<ParameterDeclaration> Declarations(PropertyInfo parameter) =>
        AttributeData.Of<ParameterAttribute>(parameter)
            .Select(a => new ParameterDeclaration(
                AttributeData.Named<bool>(a, nameof(ParameterAttribute.Mandatory)),
                AttributeData.Named<bool>(a, nameof(ParameterAttribute.ValueFromPipeline)),
                AttributeData.Named<bool>(a, nameof(ParameterAttribute.ValueFromPipelineByPropertyName)),
                AttributeData.Named<string>(a, nameof(ParameterAttribute.ParameterSetName))))
            .ToList();

    public static IReadOnlyList<string> Aliases(PropertyInfo parameter) =>
        AttributeData.Of<AliasAttribute>(parameter).SelectMany(a => AttributeData.PositionalArray<string>(a, 0)).ToList();
}
