using System.Text.Json;
using IdentityCenter.Emulator.Http;

namespace IdentityCenter.Emulator.Api;

/// <summary>Reads a request body as the service does: a JSON object, or a 400.</summary>
internal static class JsonBody
{
    public static T Read<T>(byte[] body)
        where T : class
    {
        if (body.Length == 0)
        {
            throw ErrorCodes.BadRequestError("The request body is required and must be a JSON object.");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body, JsonDefaults.Wire)
                ?? throw ErrorCodes.BadRequestError("The request body must be a JSON object, got null.");
        }
        catch (JsonException ex)
        {
            throw ErrorCodes.BadRequestError($"The request body is not a valid JSON object: {ex.Message}");
        }
    }
}
