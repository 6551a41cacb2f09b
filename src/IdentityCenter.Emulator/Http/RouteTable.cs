using IdentityCenter.Emulator.Faults;

namespace IdentityCenter.Emulator.Http;

/// <summary>
/// Maps method and decoded path to an operation. Like the gateway, an API is a method and a path
/// together, so a known path with another method is simply not found.
/// </summary>
internal static class RouteTable
{
    public static RouteMatch? Match(string method, string path)
    {
        // The Node SDK strips a trailing '/', others keep it; both reach the same API.
        string[] s = path.Trim('/').Split('/');
        bool get = HttpMethods.IsGet(method);
        bool post = HttpMethods.IsPost(method);
        bool put = HttpMethods.IsPut(method);
        bool delete = HttpMethods.IsDelete(method);

        if (s is ["v3", "auth", "domains"] && get)
        {
            return new RouteMatch(EmulatorOperation.ListDomains, null, null);
        }

        if (s.Length < 2 || s[0] != "v1" || s[1] != "instances")
        {
            return null;
        }

        return s switch
        {
            ["v1", "instances"] when get => new RouteMatch(EmulatorOperation.ListInstances, null, null),
            ["v1", "instances", var i, "permission-sets"] when post => new RouteMatch(EmulatorOperation.CreatePermissionSet, i, null),
            ["v1", "instances", var i, "permission-sets"] when get => new RouteMatch(EmulatorOperation.ListPermissionSets, i, null),
            ["v1", "instances", var i, "permission-sets", var p] when get => new RouteMatch(EmulatorOperation.GetPermissionSet, i, p),
            ["v1", "instances", var i, "permission-sets", var p] when put => new RouteMatch(EmulatorOperation.UpdatePermissionSet, i, p),
            ["v1", "instances", var i, "permission-sets", var p] when delete => new RouteMatch(EmulatorOperation.DeletePermissionSet, i, p),
            ["v1", "instances", var i, "permission-sets", var p, "custom-policy"] when put => new RouteMatch(EmulatorOperation.PutCustomPolicy, i, p),
            ["v1", "instances", var i, "permission-sets", var p, "custom-policy"] when get => new RouteMatch(EmulatorOperation.GetCustomPolicy, i, p),
            ["v1", "instances", var i, "permission-sets", var p, "custom-policy"] when delete => new RouteMatch(EmulatorOperation.DeleteCustomPolicy, i, p),
            _ => null,
        };
    }
}
