namespace IdentityCenter.Emulator.Http;

/// <summary>Error codes as the service and its gateway spell them.</summary>
internal static class ErrorCodes
{
    public const string BadRequest = "IdentityCenter.400";
    public const string NotFound = "IdentityCenter.404";
    public const string InternalError = "IdentityCenter.500";
    public const string NoPermission = "IdentityCenter.1000";
    public const string ModificationConflict = "IdentityCenter.1007";
    public const string PermissionSetNotFound = "IdentityCenter.1205";
    public const string PermissionSetNameExists = "IdentityCenter.1206";
    public const string SystemPolicyAlreadyAttached = "IdentityCenter.1207";
    public const string GatewayAuthentication = "APIGW.0301";
    public const string GatewayApiNotFound = "APIGW.0101";
    public const string GatewayThrottled = "APIGW.0308";
    public const string GatewayServiceUnavailable = "APIGW.0801";
    public const string MetadataBadRequest = "Metadata.400";
    public const string MetadataUnauthorized = "Metadata.401";
    public const string EmulatorBadRequest = "Emulator.400";
    public const string EmulatorNotFound = "Emulator.404";

    public static EmulatorServiceException BadRequestError(string message) => new(400, BadRequest, message);
}
