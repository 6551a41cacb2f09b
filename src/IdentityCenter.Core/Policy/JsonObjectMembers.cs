using System.Collections.Generic;
using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// The members of one JSON object, each name once. When a name repeats (reported separately as an error) the last
    /// copy is the one checked, as most JSON readers keep the last.
    /// </summary>
    internal sealed class JsonObjectMembers
    {
        private readonly Dictionary<string, JsonElement> values = new Dictionary<string, JsonElement>(System.StringComparer.Ordinal);
        private readonly List<string> names = new List<string>();

        public JsonObjectMembers(JsonElement jsonObject)
        {
            foreach (var property in jsonObject.EnumerateObject())
            {
                if (!values.ContainsKey(property.Name))
                {
                    names.Add(property.Name);
                }

                values[property.Name] = property.Value;
            }
        }

        /// <summary>Names in the order they first appear in the document.</summary>
        public IReadOnlyList<string> Names => names;

        public bool Has(string name) => values.ContainsKey(name);

        public bool TryGet(string name, out JsonElement value) => values.TryGetValue(name, out value);
    }
}
