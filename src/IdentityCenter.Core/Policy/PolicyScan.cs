using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// One pass of a reader over the document, shared by the rules: it keeps the path, tells each object's keys apart
    /// and reports the repeated ones, and walks the values no rule has a grammar for, so that every object in the
    /// document is searched for repeated keys exactly once. Rules are handed the reader on a value's first token and
    /// leave it on the value's last.
    /// </summary>
    internal sealed class PolicyScan
    {
        private readonly byte[] document;
        private readonly List<ObjectKeys> keysByDepth = new List<ObjectKeys>();
        private readonly PolicyFindingCollector duplicates = new PolicyFindingCollector();
        private readonly List<int> duplicateOrdinals = new List<int>();
        private int objects;

        public PolicyScan(byte[] document)
        {
            this.document = document;
        }

        public PolicyPath Path { get; } = new PolicyPath();

        /// <summary>Starts the object whose StartObject token the reader stands on.</summary>
        public ObjectKeys BeginObject(ref Utf8JsonReader reader)
        {
            var depth = reader.CurrentDepth;
            while (keysByDepth.Count <= depth)
            {
                keysByDepth.Add(new ObjectKeys());
            }

            var keys = keysByDepth[depth];
            keys.Begin(objects++);
            return keys;
        }

        /// <summary>
        /// Moves to the next member's value and pushes its name on the path; false at the end of the object.
        /// Each true is to be followed by <see cref="EndMember"/>.
        /// </summary>
        public bool NextMember(ref Utf8JsonReader reader, ObjectKeys keys, out int entry)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                entry = -1;
                return false;
            }

            entry = keys.Add(ref reader, document);
            Path.PushMember(keys.Name(entry));
            reader.Read();
            return true;
        }

        public void EndMember() => Path.Pop();

        /// <summary>Reports the object's repeated keys; the reader stands on its EndObject.</summary>
        public void EndObject(ObjectKeys keys)
        {
            foreach (var entry in keys.Repeated)
            {
                duplicates.Add(DuplicateKeyRule.Finding(Path.RenderMember(keys.Name(entry)), keys.Name(entry), keys.Occurrences(entry)));
                duplicateOrdinals.Add(keys.Ordinal);
            }
        }

        /// <summary>Moves to the next element of the array the reader is in and pushes its index; false at the end.</summary>
        public bool NextElement(ref Utf8JsonReader reader, int index)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return false;
            }

            Path.PushIndex(index);
            return true;
        }

        public void EndElement() => Path.Pop();

        /// <summary>Walks a value no rule checks, searching its objects for repeated keys.</summary>
        public void Skip(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                var keys = BeginObject(ref reader);
                while (NextMember(ref reader, keys, out _))
                {
                    Skip(ref reader);
                    EndMember();
                }

                EndObject(keys);
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                for (var index = 0; NextElement(ref reader, index); index++)
                {
                    Skip(ref reader);
                    EndElement();
                }
            }
        }

        /// <summary>What the value the reader stands on is, for a message: "the string 'x'", "an array".</summary>
        public string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.String => "the string " + JsonValueText.Quote(reader.GetString() ?? string.Empty),
            JsonTokenType.Number => "the number " + Encoding.UTF8.GetString(document, (int)reader.TokenStartIndex, reader.ValueSpan.Length),
            JsonTokenType.True => "the boolean true",
            JsonTokenType.False => "the boolean false",
            JsonTokenType.Null => "null",
            JsonTokenType.StartArray => "an array",
            JsonTokenType.StartObject => "an object",
            _ => reader.TokenType.ToString(),
        };

        /// <summary>
        /// Repeated keys, from the top of the document down. An object's own repeats are known only when it closes,
        /// after those of the objects inside it, so they are put back in the order the objects open.
        /// </summary>
        public void CopyDuplicates(PolicyFindingCollector target)
        {
            if (duplicates.Count == 0)
            {
                return;
            }

            var all = duplicates.ToList();
            var order = new int[all.Count];
            for (var i = 0; i < order.Length; i++)
            {
                order[i] = i;
            }

            System.Array.Sort(order, (a, b) => duplicateOrdinals[a] != duplicateOrdinals[b] ? duplicateOrdinals[a].CompareTo(duplicateOrdinals[b]) : a.CompareTo(b));
            foreach (var i in order)
            {
                target.Add(all[i]);
            }
        }
    }
}
