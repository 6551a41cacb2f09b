using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IdentityCenter.Core.Json
{
    /// <summary>
    /// One member of a reply's top-level object, such as "permission_set", deserialised on its own. Read through
    /// an envelope type instead, the serialiser would make a stack of frames for the nesting (about 600 bytes) on
    /// every reply. The reply is still checked whole: its root must be an object, and nothing may follow it.
    /// </summary>
    internal static class ReplyMember
    {
        /// <summary>
        /// The member's value (the last, if it is given twice, as the serialiser takes it); null when absent or
        /// JSON null. <paramref name="rootIsNull"/> tells a reply that is JSON null as a whole.
        /// </summary>
        /// <exception cref="JsonException">The reply is not JSON, its root is not an object, or the member does not fit the type.</exception>
        public static T? Read<T>(byte[] body, byte[] utf8Name, JsonTypeInfo<T> typeInfo, out bool rootIsNull)
            where T : class
        {
            var reader = new Utf8JsonReader(body);
            rootIsNull = false;
            if (!reader.Read())
            {
                throw new JsonException("The reply is empty.");
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                rootIsNull = true;
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("The reply's root is a " + reader.TokenType + ", not an object.");
            }

            T? value = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var wanted = reader.ValueTextEquals(utf8Name);
                reader.Read();
                if (wanted)
                {
                    value = JsonSerializer.Deserialize(ref reader, typeInfo);
                }
                else
                {
                    reader.Skip();
                }
            }

            // The reader refuses anything after the root value, so reading on to the end checks the rest.
            while (reader.Read())
            {
            }

            return value;
        }
    }
}
