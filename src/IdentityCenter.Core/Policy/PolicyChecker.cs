using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// Checks an identity-policy document (the custom_policy of a permission set) against the documented grammar
    /// without calling the service, so mistakes surface with a location before anything is sent.
    /// </summary>
    /// <remarks>
    /// One forward pass of a reader over the text: no document tree, no per-object collections, and a JSON path is
    /// built only for a finding, so checking costs about what parsing does.
    /// </remarks>
    public static class PolicyChecker
    {
        private const string Example = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"obs:bucket:listBucket\"]}]}";

        // A property, not a static field: a field of a System.Text.Json type would load that assembly with this type,
        // and the module's import loads every public type of Core to make it visible to scripts.
        private static JsonReaderOptions ReaderOptions => new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false };

        /// <returns>Only the size findings: the API limit and the product quota, without reading the document.</returns>
        public static IReadOnlyList<PolicyFinding> CheckSize(string policyJson)
        {
            if (policyJson == null)
            {
                throw new ArgumentNullException(nameof(policyJson));
            }

            var findings = new PolicyFindingCollector();
            SizeRule.Check(policyJson, findings);
            return findings.ToList();
        }

        /// <returns>
        /// Every finding: size first, then repeated keys, then the grammar, each from the top of the document down.
        /// Empty when the document is clean.
        /// </returns>
        public static IReadOnlyList<PolicyFinding> Check(string policyJson)
        {
            if (policyJson == null)
            {
                throw new ArgumentNullException(nameof(policyJson));
            }

            var findings = new PolicyFindingCollector();
            SizeRule.Check(policyJson, findings);

            if (policyJson.Length == 0)
            {
                findings.Error(PolicyPath.Root, PolicyFindingCodes.Json, "The document is empty; a policy is one JSON object such as " + Example + ".");
                return findings.ToList();
            }

            // Transcoding first (invalid UTF-16 becomes U+FFFD) keeps the byte offsets the reader reports tied to this
            // buffer. A policy is not secret, so the pooled buffer goes back uncleared.
            var length = Encoding.UTF8.GetByteCount(policyJson);
            var utf8 = ArrayPool<byte>.Shared.Rent(length);
            try
            {
                Encoding.UTF8.GetBytes(policyJson, 0, policyJson.Length, utf8, 0);
                var scan = new PolicyScan(utf8);
                var grammar = new PolicyFindingCollector();
                var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(utf8, 0, length), ReaderOptions);
                try
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        var found = scan.Describe(ref reader);
                        reader.Skip();
                        ReadToEnd(ref reader);
                        findings.Error(PolicyPath.Root, PolicyFindingCodes.DocumentNotObject, "The document is " + found + "; a policy must be one JSON object such as " + Example + ".");
                        return findings.ToList();
                    }

                    DocumentRule.Check(ref reader, scan, grammar);
                    ReadToEnd(ref reader);
                }
                catch (JsonException failure)
                {
                    // Whatever the rules found before the text broke off is dropped: only the break is reported.
                    findings.Error(
                        PolicyPath.Root,
                        PolicyFindingCodes.Json,
                        "The document is not well-formed JSON at " + JsonParseFailure.Describe(utf8, length, failure) + "; a policy is one JSON object such as " + Example + ".");
                    return findings.ToList();
                }
                catch (InvalidOperationException) when (HasSurrogateEscape(utf8, length))
                {
                    // The reader accepts an escape such as \ud800 but cannot turn half a surrogate pair into text; say
                    // so as a finding, so one bad document in a pipeline does not stop the others.
                    findings.Error(
                        PolicyPath.Root,
                        PolicyFindingCodes.Json,
                        "The document has an escape of half a surrogate pair (such as \\ud800 without the \\udc00-\\udfff that must follow it); " +
                        "JSON text must escape whole Unicode characters.");
                    return findings.ToList();
                }

                scan.CopyDuplicates(findings);
                findings.AddFrom(grammar);
                return findings.ToList();
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(utf8);
            }
        }

        // Whether the text holds an escape \uD800-\uDFFF: the only escapes the reader accepts but cannot decode.
        private static bool HasSurrogateEscape(byte[] utf8, int length)
        {
            for (var i = 0; i + 5 < length; i++)
            {
                if (utf8[i] == (byte)'\\' && (utf8[i + 1] == (byte)'u') && (utf8[i + 2] | 0x20) == (byte)'d' && IsSurrogateSecondDigit(utf8[i + 3]))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsSurrogateSecondDigit(byte digit) => (digit >= (byte)'8' && digit <= (byte)'9') || ((digit | 0x20) >= (byte)'a' && (digit | 0x20) <= (byte)'f');

        // The reader refuses anything but white space after the one value; reading once more makes it look.
        private static void ReadToEnd(ref Utf8JsonReader reader) => reader.Read();
    }
}
