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

    public static void ValidateCustomPolicy(string? policy)
    {
        if (policy is null)
        {
            throw ErrorCodes.BadRequestError("custom_policy is required.");
        }

        CheckLength("custom_policy", policy, 1, FieldLimits.CustomPolicyMax);
        try
        {
            using JsonDocument document = JsonDocument.Parse(policy);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw ErrorCodes.BadRequestError($"custom_policy must be a JSON object, got a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
            }
        }
        catch (JsonException ex)
        {
            throw ErrorCodes.BadRequestError($"custom_policy must be a JSON object; it is not valid JSON: {ex.Message}");
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

    private static void ValidateTags(List<TagDto?>? tags)
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
            if (tag.Value is null)
            {
                throw ErrorCodes.BadRequestError($"tags[{i}].value must not be null (use an empty string), up to {FieldLimits.TagValueMax} characters.");
            }

            CheckLength($"tags[{i}].value", tag.Value, 0, FieldLimits.TagValueMax);
            if (!seen.Add(tag.Key))
            {
                throw ErrorCodes.BadRequestError($"tags[{i}].key '{tag.Key}' is a duplicate; tag keys must be unique.");
            }
        }
    }

    private static void CheckLength(string field, string value, int min, int max)
    {
        if (value.Length < min || value.Length > max)
        {
            throw ErrorCodes.BadRequestError(
                $"{field} must be {min} to {max} characters long, got {value.Length}.");
        }
    }
}
