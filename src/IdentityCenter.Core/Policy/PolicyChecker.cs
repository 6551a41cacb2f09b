using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace IdentityCenter.Core.Policy
{
    /// <summary>
    /// Checks an identity-policy document (the custom_policy of a permission set) against the documented grammar
    /// without calling the service, so mistakes surface with a location before anything is sent.
    /// </summary>
    public static class PolicyChecker
    {
        private const string Example = "{\"Version\":\"5.0\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"obs:bucket:listBucket\"]}]}";

        /// <returns>
        /// Every finding: size first, then repeated keys, then the grammar, each from the top of the document down.
        /// Empty when the document is clean.
        /// </returns>
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

            // Transcoding first (invalid UTF-16 becomes U+FFFD) keeps the byte offsets the reader reports tied to this buffer.
            var utf8 = Encoding.UTF8.GetBytes(policyJson);
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
            }
            catch (JsonException failure)
            {
                findings.Error(
                    PolicyPath.Root,
                    PolicyFindingCodes.Json,
                    "The document is not well-formed JSON at " + JsonParseFailure.Describe(utf8, failure) + "; a policy is one JSON object such as " + Example + ".");
                return findings.ToList();
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    findings.Error(
                        PolicyPath.Root,
                        PolicyFindingCodes.DocumentNotObject,
                        "The document is " + JsonValueText.Describe(root) + "; a policy must be one JSON object such as " + Example + ".");
                    return findings.ToList();
                }

                try
                {
                    DuplicateKeyRule.Check(root, PolicyPath.Root, findings);
                    DocumentRule.Check(root, findings);
                }
                catch (InvalidOperationException) when (HasEscapedLoneSurrogate(document.RootElement))
                {
                    // The reader accepts an escape such as \ud800 but cannot turn it into text; say so as a finding,
                    // so one bad document in a pipeline does not stop the others.
                    findings.Error(
                        PolicyPath.Root,
                        PolicyFindingCodes.Json,
                        "The document has an escape of half a surrogate pair (such as \\ud800 without the \\udc00-\\udfff that must follow it); " +
                        "JSON text must escape whole Unicode characters.");
                }
            }

            return findings.ToList();
        }

        private static bool HasEscapedLoneSurrogate(JsonElement value)
        {
            try
            {
                switch (value.ValueKind)
                {
                    case JsonValueKind.String:
                        _ = value.GetString();
                        return false;
                    case JsonValueKind.Array:
                        foreach (var item in value.EnumerateArray())
                        {
                            if (HasEscapedLoneSurrogate(item))
                            {
                                return true;
                            }
                        }

                        return false;
                    case JsonValueKind.Object:
                        foreach (var property in value.EnumerateObject())
                        {
                            _ = property.Name;
                            if (HasEscapedLoneSurrogate(property.Value))
                            {
                                return true;
                            }
                        }

                        return false;
                    default:
                        return false;
                }
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }
}