using System;
using System.Globalization;
using System.Text;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// Where the scan stands, as a stack of member names and array indices. Pushing and popping cost nothing; the
    /// JSON path text is built only when a finding needs it: dot notation for plain names, bracket notation for names
    /// such as <c>g:ResourceAccount</c> that dot notation cannot carry.
    /// </summary>
    internal sealed class PolicyPath
    {
        public const string Root = "$";

        private Segment[] segments = new Segment[16];
        private int depth;

        public void PushMember(JsonName name) => Push(new Segment(name, -1));

        public void PushIndex(int index) => Push(new Segment(default, index));

        public void Pop() => depth--;

        /// <summary>The path of where the scan stands.</summary>
        public string Render() => depth == 0 ? Root : Build(null);

        /// <summary>The path of a member of the object where the scan stands.</summary>
        public string RenderMember(JsonName name) => Build(name);

        private void Push(Segment segment)
        {
            if (depth == segments.Length)
            {
                Array.Resize(ref segments, segments.Length * 2);
            }

            segments[depth++] = segment;
        }

        private string Build(JsonName? member)
        {
            var builder = new StringBuilder(Root);
            for (var i = 0; i < depth; i++)
            {
                if (segments[i].Index >= 0)
                {
                    builder.Append('[').Append(segments[i].Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
                else
                {
                    AppendMember(builder, segments[i].Name.ToString());
                }
            }

            if (member != null)
            {
                AppendMember(builder, member.Value.ToString());
            }

            return builder.ToString();
        }

        private static void AppendMember(StringBuilder builder, string name)
        {
            if (IsPlainName(name))
            {
                builder.Append('.').Append(name);
                return;
            }

            builder.Append("['");
            foreach (var c in name)
            {
                if (c == '\'' || c == '\\')
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }

            builder.Append("']");
        }

        private static bool IsPlainName(string name)
        {
            if (name.Length == 0 || !(IsAsciiLetter(name[0]) || name[0] == '_'))
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!(IsAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private readonly struct Segment
        {
            public Segment(JsonName name, int index)
            {
                Name = name;
                Index = index;
            }

            public JsonName Name { get; }

            /// <summary>-1 for a member.</summary>
            public int Index { get; }
        }
    }
}
