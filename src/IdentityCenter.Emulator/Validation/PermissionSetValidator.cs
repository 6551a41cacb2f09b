using System.Text.Json;
using IdentityCenter.Emulator.Api;
using IdentityCenter.Emulator.Http;

namespace IdentityCenter.Emulator.Validation;

/// <summary>
/// Enforces the documented constraints server-side, so a client's own validation is tested against
/// a server that refuses the same inputs. Messages name the field, the problem and the limit.
/// </summary>
internal static class PermissionSetValidator
{
    public static void ValidateCreate(CreatePermissionSetRequest request)
    {
        if (request.Name is null)
        {
            throw ErrorCodes.BadRequestError("name is required.");
        }

        CheckLength("name", request.Name, 1, FieldLimits.NameMax);
        ValidateCommon(request.Description, request.RelayState, request.SessionDuration);
        ValidateTags(request.Tags);
    }

    public static void ValidateUpdate(UpdatePermissionSetRequest request) =>
        ValidateCommon(request.Description, request.RelayState, request.SessionDuration);

    public static void ValidateCustomPolicy(string? policy) => ValidateCustomDocument("custom_policy", policy);

    public static void ValidateCustomRole(string? role) => ValidateCustomDocument("custom_role", role);

    /// <summary>tags/create: one to 50 tags, each with the create rules (key 1-128, value 0-255 and not null, keys unique).</summary>
    public static void ValidateTagsToAdd(List<TagDto?>? tags)
    {
        RequireSomeTags(tags);
        ValidateTags(tags);
    }

    /// <summary>tags/delete: one to 50 tags with keys; a value, when sent, is only checked for length.</summary>
    public static void ValidateTagsToRemove(List<TagDto?>? tags)
    {
        RequireSomeTags(tags);
        ValidateTags(tags, valueRequired: false);
    }

    /// <summary>An optional name sent along with a managed policy or role id.</summary>
    public static void ValidateOptionalName(string field, string? name)
    {
        if (name is not null)
        {
            CheckLength(field, name, 1, FieldLimits.ManagedPolicyNameMax);
        }
    }

    private static void RequireSomeTags(List<TagDto?>? tags)
    {
        if (tags is null || tags.Count == 0)
        {
            throw ErrorCodes.BadRequestError($"tags is required and must hold 1 to {FieldLimits.TagsMax} tags.");
        }
    }

    private static void ValidateCustomDocument(string field, string? document)
    {
        if (document is null)
        {
            throw ErrorCodes.BadRequestError($"{field} is required.");
        }

        CheckLength(field, document, 1, FieldLimits.CustomPolicyMax);
        try
        {
            using JsonDocument parsed = JsonDocument.Parse(document);
            if (parsed.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw ErrorCodes.BadRequestError($"{field} must be a JSON object, got a JSON {parsed.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
            }
        }
        catch (JsonException ex)
        {
            throw ErrorCodes.BadRequestError($"{field} must be a JSON object; it is not valid JSON: {ex.Message}");
        }
    }

    private static void ValidateCommon(string? description, string? relayState, string? sessionDuration)
    {
        if (description is not null)
        {
            CheckLength("description", description, 0, FieldLimits.DescriptionMax);
        }

        if (relayState is not null)
        {
            CheckLength("relay_state", relayState, 0, FieldLimits.RelayStateMax);
        }

        if (sessionDuration is not null)
        {
            CheckLength("session_duration", sessionDuration, 1, FieldLimits.SessionDurationMax);
            if (!Iso8601Duration.IsValid(sessionDuration))
            {
                throw ErrorCodes.BadRequestError(
                    $"session_duration must be an ISO-8601 duration such as PT8H, PT1H30M or P1D, got '{sessionDuration}'.");
            }
        }
    }

    private static void ValidateTags(List<TagDto?>? tags, bool valueRequired = true)
    {
        if (tags is null)
        {
            return;
        }

        if (tags.Count > FieldLimits.TagsMax)
        {
            throw ErrorCodes.BadRequestError($"tags must hold at most {FieldLimits.TagsMax} tags, got {tags.Count}.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < tags.Count; i++)
        {
            TagDto? tag = tags[i];
            if (tag is null)
            {
                throw ErrorCodes.BadRequestError($"tags[{i}] must be an object with key and value, got null.");
            }

            if (tag.Key is null)
            {
                throw ErrorCodes.BadRequestError($"tags[{i}].key is required.");
            }

            CheckLength($"tags[{i}].key", tag.Key, 1, FieldLimits.TagKeyMax);
            if (tag.Value is not null)
            {
                CheckLength($"tags[{i}].value", tag.Value, 0, FieldLimits.TagValueMax);
            }
            else if (valueRequired)
            {
                throw ErrorCodes.BadRequestError($"tags[{i}].value must not be null (use an empty string), up to {FieldLimits.TagValueMax} characters.");
            }

            if (!seen.Add(tag.Key))
            {
                throw ErrorCodes.BadRequestError($"tags[{i}].key '{tag.Key}' is a duplicate; tag keys must be unique.");
            }
        }
    }

    public static void CheckLength(string field, string value, int min, int max)
    {
        if (value.Length < min || value.Length > max)
        {
            throw ErrorCodes.BadRequestError(
                $"{field} must be {min} to {max} characters long, got {value.Length}.");
        }
    }
}
