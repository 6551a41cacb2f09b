using System;
using System.Collections.Generic;
using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// The distinct keys of one JSON object in the order they first appear, with how often each appears and the
    /// findings about its value. When a key repeats (reported separately as an error) its findings are cleared and
    /// its last copy is checked in its first place, as most JSON readers keep the last copy. One instance serves every
    /// object at one depth of the document in turn, so a scan makes no per-object collections.
    /// </summary>
    internal sealed class ObjectKeys
    {
        // Up to this many keys a linear search of hashes is quicker than an index; past it the index keeps a large
        // object linear.
        private const int LinearSearchLimit = 8;

        private readonly List<int> repeated = new List<int>();
        private Entry[] entries = new Entry[8];
        private int[]? buckets;
        private int count;

        /// <summary>The object's place in document order, counting objects by where they open.</summary>
        public int Ordinal { get; private set; }

        /// <summary>Findings about the keys themselves (unknown names), which precede those about values.</summary>
        public PolicyFindingCollector KeyFindings { get; } = new PolicyFindingCollector();

        public int Count => count;

        /// <summary>Keys seen more than once, in the order of their second appearance.</summary>
        public IReadOnlyList<int> Repeated => repeated;

        public void Begin(int ordinal)
        {
            Ordinal = ordinal;
            count = 0;
            repeated.Clear();
            KeyFindings.Clear();
            if (buckets != null)
            {
                Array.Clear(buckets, 0, buckets.Length);
            }
        }

        /// <summary>Records the property name the reader stands on and returns its entry.</summary>
        public int Add(ref Utf8JsonReader reader, byte[] document)
        {
            var name = JsonName.Read(ref reader, document);
            var hash = buckets == null && count < LinearSearchLimit ? 0 : name.Hash();
            var found = Find(name, hash);
            if (found >= 0)
            {
                if (++entries[found].Occurrences == 2)
                {
                    repeated.Add(found);
                }

                entries[found].Findings?.Clear();
                return found;
            }

            if (count == entries.Length)
            {
                Array.Resize(ref entries, count * 2);
            }

            var entry = count++;
            entries[entry].Name = name;
            entries[entry].Hash = hash;
            entries[entry].Occurrences = 1;
            entries[entry].Findings?.Clear();
            Index(entry);
            return entry;
        }

        public JsonName Name(int entry) => entries[entry].Name;

        public int Occurrences(int entry) => entries[entry].Occurrences;

        public bool IsFirstOccurrence(int entry) => entries[entry].Occurrences == 1;

        /// <summary>Where findings about the entry's (last) value go.</summary>
        public PolicyFindingCollector Findings(int entry) => entries[entry].Findings ??= new PolicyFindingCollector();

        /// <summary>Appends the findings of one entry, or of none when <paramref name="entry"/> is -1.</summary>
        public void CopyFindings(int entry, PolicyFindingCollector target)
        {
            if (entry >= 0)
            {
                target.AddFrom(entries[entry].Findings);
            }
        }

        private int Find(JsonName name, int hash)
        {
            if (buckets == null)
            {
                // Hashes are not made yet: names are compared directly, the length first.
                for (var i = 0; i < count; i++)
                {
                    if (entries[i].Name.Length == name.Length && entries[i].Name.Is(name.Span))
                    {
                        return i;
                    }
                }

                return -1;
            }

            for (var i = buckets[hash & (buckets.Length - 1)] - 1; i >= 0; i = entries[i].Next)
            {
                if (entries[i].Hash == hash && entries[i].Name.Is(name.Span))
                {
                    return i;
                }
            }

            return -1;
        }

        private void Index(int entry)
        {
            if (buckets == null && count <= LinearSearchLimit)
            {
                return;
            }

            if (buckets == null || count * 2 > buckets.Length)
            {
                var first = buckets == null;
                buckets = new int[Math.Max(32, buckets?.Length * 2 ?? 0)];
                for (var i = 0; i < count; i++)
                {
                    if (first)
                    {
                        entries[i].Hash = entries[i].Name.Hash();
                    }

                    Link(i);
                }

                return;
            }

            Link(entry);
        }

        // Buckets hold entry + 1, so a cleared array means empty.
        private void Link(int entry)
        {
            var bucket = entries[entry].Hash & (buckets!.Length - 1);
            entries[entry].Next = buckets[bucket] - 1;
            buckets[bucket] = entry + 1;
        }

        private struct Entry
        {
            public JsonName Name;
            public int Hash;
            public int Occurrences;
            public int Next;
            public PolicyFindingCollector? Findings;
        }
    }
}
