using System.Collections.Generic;
using System.Text;
using IdentityCenter.Core.Signing;

namespace IdentityCenter.Core
{
    /// <summary>Builds request paths and queries with the same encoding the signature uses, so the two never disagree.</summary>
    internal static partial class ApiPaths
    {
        public static string PermissionSets(string instanceId) =>
            "/v1/instances/" + PercentEncoder.Encode(instanceId) + "/permission-sets";

        public static string CustomPolicy(string instanceId, string permissionSetId) =>
            PermissionSets(instanceId) + "/" + PercentEncoder.Encode(permissionSetId) + "/custom-policy";

        public const string Instances = "/v1/instances";

        public const string Domains = "/v3/auth/domains";

        public static string WithQuery(string path, IEnumerable<KeyValuePair<string, string?>> query)
        {
            var builder = new StringBuilder(path);
            var separator = '?';
            foreach (var pair in query)
            {
                if (pair.Value == null)
                {
                    continue;
                }

                builder.Append(separator);
                PercentEncoder.Append(builder, pair.Key);
                builder.Append('=');
                PercentEncoder.Append(builder, pair.Value);
                separator = '&';
            }

            return builder.ToString();
        }
    }
}
