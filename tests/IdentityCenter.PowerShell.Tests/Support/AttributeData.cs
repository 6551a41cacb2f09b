using System.Collections.ObjectModel;
using System.Reflection;

namespace IdentityCenter.PowerShell.Tests.Support;

/// <summary>
/// Reads attribute arguments from metadata. The PowerShell reference assembly's attribute classes have empty bodies,
/// so an instantiated attribute reads 0 or null; the arguments written in the source live only in the metadata.
/// </summary>
internal static class AttributeData
{
    public static IReadOnlyList<CustomAttributeData> Of<TAttribute>(MemberInfo member) =>
        CustomAttributeData.GetCustomAttributes(member).Where(a => a.AttributeType == typeof(TAttribute)).ToList();

    public static CustomAttributeData Single<TAttribute>(MemberInfo member) => Assert.Single(Of<TAttribute>(member));

    public static bool Has<TAttribute>(MemberInfo member) => Of<TAttribute>(member).Count > 0;

    public static T? Named<T>(CustomAttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.MemberName == name)
            {
                return (T?)argument.TypedValue.Value;
            }
        }

        return default;
    }

    public static object? Positional(CustomAttributeData attribute, int index) => attribute.ConstructorArguments[index].Value;

    /// <summary>A params-array constructor argument, such as AliasAttribute's names.</summary>
    public static IReadOnlyList<T> PositionalArray<T>(CustomAttributeData attribute, int index) =>
        ((ReadOnlyCollection<CustomAttributeTypedArgument>)attribute.ConstructorArguments[index].Value!)
            .Select(a => (T)a.Value!)
            .ToList();
}
