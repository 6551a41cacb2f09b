using System;
using System.Collections.Generic;
using System.Globalization;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core.Validation
{
    /// <summary>
    /// Every documented constraint, checked before a request is signed or sent. Each failure names the parameter,
    /// what is wrong with the value and the limit. The cmdlets' binding-time attributes ask the same rules
    /// (<see cref="FindTagProblem"/>, <see cref="FindSessionDurationProblem"/>), so each sentence exists once.
    /// </summary>
    public static class RequestValidator
    {
        public static void Validate(CreatePermissionSetRequest request)
        {
            ValidateInstanceId("InstanceId", request.InstanceId);
            ValidateText("Name", request.Name, Limits.NameMin, Limits.NameMax);
            ValidateText("Description", request.Description, 0, Limits.DescriptionMax);
            ValidateText("RelayState", request.RelayState, 0, Limits.RelayStateMax);
            if (request.SessionDuration != null)
            {
                ThrowIf(FindSessionDurationProblem(request.SessionDuration));
            }

            ThrowIf(FindTagProblem(request.Tags));
        }

        public static void Validate(PutCustomPolicyRequest request)
        {
            ValidateInstanceId("InstanceId", request.InstanceId);
            ValidatePermissionSetId("PermissionSetId", request.PermissionSetId);
            ValidatePolicy(request.Policy);
        }

        public static void ValidatePolicy(string? policy)
        {
            ValidateText("Policy", policy, Limits.PolicyMin, Limits.PolicyMax);
            var problem = JsonDocumentCheck.FindObjectProblem(policy!);
            if (problem != null)
            {
                throw new IdcValidationException("Policy", problem, "The policy must be a JSON object such as {\"Version\":\"5.0\",\"Statement\":[...]}");
            }
        }

        /// <summary>
        /// Identifiers become path segments: a slash, query or fragment mark, white space, or a whole segment of
        /// "." or ".." would change which URL is called.
        /// </summary>
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

            if (value == "." || value == "..")
            {
                throw new IdcValidationException(
                    parameter,
                    "'" + value + "' is a path step, not an identifier",
                    "An identifier may not be '.' or '..', which would change the request's path");
            }
        }

        /// <summary>The documented shape of an instance id: exactly 20 characters, lowercase letters, digits and '-'.</summary>
        public static void ValidateInstanceId(string parameter, string? value)
        {
            ValidateIdentifier(parameter, value);
            if (value!.Length != Limits.InstanceIdLength || !IsLowerAlphanumericOrDash(value))
            {
                throw new IdcValidationException(
                    parameter,
                    "'" + Printable(value) + "' is not an instance id",
                    "An instance identifier is exactly " + Number(Limits.InstanceIdLength) +
                    " characters of lowercase letters, digits and '-', such as ins-0123456789abcdef");
            }
        }

        /// <summary>The documented shape of a permission set id: <c>ps-</c> and 16 lowercase hexadecimal digits.</summary>
        public static void ValidatePermissionSetId(string parameter, string? value)
        {
            ValidateIdentifier(parameter, value);
            if (!IsPermissionSetId(value!))
            {
                throw new IdcValidationException(
                    parameter,
                    "'" + Printable(value!) + "' is not a permission set id",
                    "A permission set identifier is " + Limits.PermissionSetIdPrefix + " and " + Number(Limits.PermissionSetIdHexDigits) +
                    " lowercase hexadecimal digits, such as ps-8603aaaaaaaa14bd");
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

        /// <summary>
        /// A value that travels as a request header (access key id, domain id, security token) may hold only printable
        /// ASCII: a line break would add header lines of its own, and other characters cannot be sent as they are.
        /// </summary>
        /// <param name="what">The value's name: "the access key id", "the domain id".</param>
        /// <param name="origin">Where it came from: "-DomainId", "the environment variable X", "key domain_id of file F".</param>
        /// <param name="isSecret">True for a secret: the error then says where the character is, and nothing of the value.</param>
        /// <exception cref="IdcConfigurationException">The value holds a character a header cannot carry.</exception>
        public static void ValidateHeaderValue(string what, string? value, string origin, bool isSecret)
        {
            if (value == null)
            {
                return;
            }

            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (!IsHeaderCharacter(c))
                {
                    throw new IdcConfigurationException(
                        Capitalized(what) + " from " + origin + " contains " + DescribeCharacter(c) + " at position " + Number(i + 1) +
                        (isSecret ? string.Empty : " of " + Number(value.Length)) +
                        "; a value sent as a request header may hold only printable ASCII characters (no line breaks or other control characters). Nothing was sent.");
                }
            }
        }

        /// <summary>
        /// Whether <see cref="ValidateHeaderValue"/> would accept the value, for a caller that composes the value's
        /// origin for the error only when there is one.
        /// </summary>
        public static bool IsHeaderValue(string? value)
        {
            if (value == null)
            {
                return true;
            }

            foreach (var c in value)
            {
                if (!IsHeaderCharacter(c))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsHeaderCharacter(char c) => c >= ' ' && c <= '~';

        /// <returns>Null when the duration is acceptable; otherwise the refusal, naming SessionDuration.</returns>
        public static IdcValidationException? FindSessionDurationProblem(string? duration)
        {
            if (duration == null)
            {
                return null;
            }

            var problem = FindTextProblem("SessionDuration", duration, Limits.SessionDurationMin, Limits.SessionDurationMax);
            if (problem != null)
            {
                return problem;
            }

            return IsoDuration.IsValid(duration)
                ? null
                : new IdcValidationException(
                    "SessionDuration",
                    "'" + Printable(duration) + "' is not an ISO-8601 duration",
                    "Use the form PnDTnHnMnS, for example PT8H, PT1H30M or P1D, or pass a TimeSpan");
        }

        /// <returns>Null when the tags are acceptable; otherwise the refusal, naming Tag.</returns>
        public static IdcValidationException? FindTagProblem(IList<PermissionSetTag>? tags)
        {
            if (tags == null)
            {
                return null;
            }

            if (tags.Count > Limits.TagsMax)
            {
                return new IdcValidationException("Tag", "there are " + Number(tags.Count) + " tags", "The limit is " + Number(Limits.TagsMax) + " tags");
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var tag in tags)
            {
                if (tag == null)
                {
                    return new IdcValidationException("Tag", "a tag is null", "Every tag needs a key of 1 to " + Number(Limits.TagKeyMax) + " characters");
                }

                var problem = FindTextProblem("Tag", tag.Key, Limits.TagKeyMin, Limits.TagKeyMax, "tag key");
                if (problem != null)
                {
                    return problem;
                }

                if (tag.Value == null)
                {
                    return new IdcValidationException("Tag", "the value of tag '" + Printable(tag.Key) + "' is null", "A tag value may be empty but not null");
                }

                problem = FindTextProblem("Tag", tag.Value, 0, Limits.TagValueMax, "value of tag '" + Printable(tag.Key) + "'");
                if (problem != null)
                {
                    return problem;
                }

                if (!seen.Add(tag.Key))
                {
                    return new IdcValidationException("Tag", "the key '" + Printable(tag.Key) + "' appears more than once", "Tag keys must be unique");
                }
            }

            return null;
        }

        /// <param name="what">How the error names the value, when not "the value": "tag key".</param>
        internal static void ValidateText(string parameter, string? value, int min, int max, string? what = null) =>
            ThrowIf(FindTextProblem(parameter, value, min, max, what));

        internal static void ThrowIf(IdcValidationException? problem)
        {
            if (problem != null)
            {
                throw problem;
            }
        }

        /// <summary>The length rule, and whole UTF-16 text: a lone surrogate has no UTF-8 form and would be sent as U+FFFD.</summary>
        private static IdcValidationException? FindTextProblem(string parameter, string? value, int min, int max, string? what = null)
        {
            var subject = what ?? "the value";
            if (value == null)
            {
                return min > 0 ? new IdcValidationException(parameter, subject + " is missing", LimitText(min, max)) : null;
            }

            if (value.Length < min || value.Length > max)
            {
                var problem = value.Length == 0 ? subject + " is empty" : subject + " is " + Number(value.Length) + " characters long";
                return new IdcValidationException(parameter, problem, LimitText(min, max));
            }

            var lone = FindLoneSurrogate(value);
            if (lone >= 0)
            {
                return new IdcValidationException(
                    parameter,
                    subject + " has a lone surrogate, " + DescribeCharacter(value[lone]) + ", at position " + Number(lone + 1),
                    "Text must be whole Unicode characters; half of a surrogate pair cannot be sent and would arrive as U+FFFD");
            }

            return null;
        }

        private static int FindLoneSurrogate(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(value[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        private static bool IsLowerAlphanumericOrDash(string value)
        {
            foreach (var c in value)
            {
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsPermissionSetId(string value)
        {
            if (value.Length != Limits.PermissionSetIdPrefix.Length + Limits.PermissionSetIdHexDigits
                || !value.StartsWith(Limits.PermissionSetIdPrefix, StringComparison.Ordinal))
            {
                return false;
            }

            for (var i = Limits.PermissionSetIdPrefix.Length; i < value.Length; i++)
            {
                var c = value[i];
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                {
                    return false;
                }
            }

            return true;
        }

        private static string LimitText(int min, int max) =>
            min == 0 ? "The limit is " + Number(max) + " characters" : "The length must be " + Number(min) + " to " + Number(max) + " characters";

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

        private static string DescribeCharacter(char c) => c switch
        {
            '/' => "a '/'",
            '?' => "a '?'",
            '#' => "a '#'",
            ' ' => "a space",
            '\r' => "a carriage return (U+000D)",
            '\n' => "a line feed (U+000A)",
            _ => "the character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
        };

        // Values are quoted in errors; a control character or lone surrogate would garble the message itself.
        private static string Printable(string value)
        {
            var builder = new System.Text.StringBuilder(value.Length);
            foreach (var c in value)
            {
                builder.Append(char.IsControl(c) || char.IsSurrogate(c) ? '\uFFFD' : c);
            }

            return builder.ToString();
        }
    }
}
