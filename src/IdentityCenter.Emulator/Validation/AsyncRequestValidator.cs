using IdentityCenter.Emulator.Api;
using IdentityCenter.Emulator.Http;
using IdentityCenter.Emulator.State;

namespace IdentityCenter.Emulator.Validation;

/// <summary>Checks the bodies and enumerated query values of the assignment and provisioning APIs.</summary>
internal static class AsyncRequestValidator
{
    public static void ValidateAssignment(AccountAssignmentRequest request)
    {
        Require("permission_set_id", request.PermissionSetId);
        Require("principal_id", request.PrincipalId);
        OneOf("principal_type", Require("principal_type", request.PrincipalType), ServiceValues.PrincipalTypes);
        Require("target_id", request.TargetId);
        OneOf("target_type", Require("target_type", request.TargetType), ServiceValues.AssignmentTargetTypes);
    }

    public static void ValidateProvision(ProvisionRequest request)
    {
        string targetType = OneOf("target_type", Require("target_type", request.TargetType), ServiceValues.ProvisioningTargetTypes);
        if (targetType == ServiceValues.Account)
        {
            Require("target_id", request.TargetId);
        }
        else if (request.TargetId is not null)
        {
            throw ErrorCodes.BadRequestError($"target_id must be absent when target_type is {ServiceValues.AllProvisionedAccounts}, got '{request.TargetId}'.");
        }
    }

    /// <summary>A value that must be one of <paramref name="allowed"/> when present; null passes.</summary>
    public static string? OptionalOneOf(string field, string? value, IReadOnlyList<string> allowed) =>
        value is null ? null : OneOf(field, value, allowed);

    public static string Require(string field, string? value) =>
        string.IsNullOrEmpty(value) ? throw ErrorCodes.BadRequestError($"{field} is required.") : value;

    private static string OneOf(string field, string value, IReadOnlyList<string> allowed) =>
        allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw ErrorCodes.BadRequestError($"{field} must be one of {string.Join(", ", allowed)}, got '{value}'.");
}
