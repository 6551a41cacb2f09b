using System;
using System.Collections.Generic;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core.Validation
{
    /// <summary>
    /// Every documented constraint, checked before a request is signed or sent. Each failure names the parameter,
    /// what is wrong with the value and the limit.
    /// </summary>
    public static class RequestValidator
    {
        public static void Validate(CreatePermissionSetRequest request)
        {
            ValidateIdentifier("InstanceId", request.InstanceId);
            ValidateLength("Name", request.Name, Limits.NameMin, Limits.NameMax);
            ValidateLength("Description", request.Description, 0, Limits.DescriptionMax);
            ValidateLength("RelayState", request.RelayState, 0, Limits.RelayStateMax);
            ValidateSessionDuration(request.SessionDuration);
            ValidateTags(request.Tags);
        }

        public static void Validate(PutCustomPolicyRequest request)
        {
            ValidateIdentifier("InstanceId", request.InstanceId);
            ValidateIdentifier("PermissionSetId", request.PermissionSetId);
            ValidatePolicy(request.Policy);
        }

        public static void ValidatePolicy(string? policy)
        {
            ValidateLength("Policy", policy, Limits.PolicyMin, Limits.PolicyMax);
            var problem = JsonDocumentCheck.FindObjectProblem(policy!);
            if (problem != null)
            {
                throw new IdcValidationException("Policy", problem, "The policy must be a JSON object such as {\"Version\":\"5.0\",\"Statement\":[...]}");
            }
        }

        /// <summary>Identifiers become path segments: a slash, query or fragment mark or white space would change the URL.</summary>
        public static void ValidateIdentifier(string parameter, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                throw new IdcValidationException(parameter, "the value is empty", "It must be a non-empty identifier");
            }

            foreach (var c in value!)
            {
                if (c == '/' || c == '?' || c == '#' || char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    throw new IdcValidationException(
                        parameter,
                        "'" + Printable(value) + "' contains " + DescribeCharacter(c),
                        "An identifier may not contain '/', '?', '#', white space or control characters");
                }
            }
        }

        public static void ValidateSecurityToken(string? token)
        {
            if (token != null && token.Length > Limits.SecurityTokenMax)
            {
                // The token is a secret: say how long it is, never what it is.
                throw new IdcValidationException(
                    "SecurityToken",
                    "the token is " + token.Length + " characters long",
                    "The limit is " + Limits.SecurityTokenMax + " characters");
            }
        }

        internal static void ValidateSessionDuration(string? sessionDuration)
        {
            if (sessionDuration == null)
            {
                return;
            }

            ValidateLength("SessionDuration", sessionDuration, Limits.SessionDurationMin, Limits.SessionDurationMax);
            if (!IsoDuration.IsValid(sessionDuration))
            {
                throw new IdcValidationException(
                    "SessionDuration",
                    "'" + sessionDuration + "' is not an ISO-8601 duration",
                    "Use the form PnDTnHnMnS, for example PT8H, PT1H30M or P1D, or pass a TimeSpan");
            }
        }

        internal static void ValidateTags(IList<PermissionSetTag>? tags)
        {
            if (tags == null)
            {
                return;
            }

            if (tags.Count > Limits.TagsMax)
            {
                throw new IdcValidationException("Tag", "there are " + tags.Count + " tags", "The limit is " + Limits.TagsMax + " tags");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var tag in tags)
            {
                if (tag == null)
                {
                    throw new IdcValidationException("Tag", "a tag is null", "Every tag needs a key of 1 to " + Limits.TagKeyMax + " characters");
                }

                ValidateLength("Tag", tag.Key, Limits.TagKeyMin, Limits.TagKeyMax, "tag key");
                if (tag.Value == null)
                {
                    throw new IdcValidationException("Tag", "the value of tag '" + tag.Key + "' is null", "A tag value may be empty but not null");
                }

                ValidateLength("Tag", tag.Value, 0, Limits.TagValueMax, "value of tag '" + tag.Key + "'");
                if (!seen.Add(tag.Key))
                {
                    throw new IdcValidationException("Tag", "the key '" + tag.Key + "' appears more than once", "Tag keys must be unique");
                }
            }
        }

        internal static void ValidateLength(string parameter, string? value, int min, int max, string? what = null)
        {
            if (value == null)
            {
                if (min > 0)
                {
                    throw new IdcValidationException(parameter, (what ?? "the value") + " is missing", LimitText(min, max));
                }

                return;
            }

            if (value.Length < min || value.Length > max)
            {
                var subject = what ?? "the value";
                var problem = value.Length == 0 ? subject + " is empty" : subject + " is " + value.Length + " characters long";
                throw new IdcValidationException(parameter, problem, LimitText(min, max));
            }
        }

        private static string LimitText(int min, int max) =>
            min == 0 ? "The limit is " + max + " characters" : "The length must be " + min + " to " + max + " characters";

        private static string DescribeCharacter(char c) => c switch
        {
            '/' => "a '/'",
            '?' => "a '?'",
            '#' => "a '#'",
            ' ' => "a space",
            _ => "the character U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture),
        };

        private static string Printable(string value)
        {
            var builder = new System.Text.StringBuilder(value.Length);
            foreach (var c in value)
            {
                builder.Append(char.IsControl(c) ? '\uFFFD' : c);
            }

            return builder.ToString();
        }
    }
}
