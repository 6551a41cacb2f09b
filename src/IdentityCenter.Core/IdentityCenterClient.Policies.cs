using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Http;
using IdentityCenter.Core.Json;
using IdentityCenter.Core.Models;
using IdentityCenter.Core.Validation;

namespace IdentityCenter.Core
{
    // The policies of a permission set: its custom identity policy, and the system (managed) identity policies attached to it.
    public sealed partial class IdentityCenterClient
    {
        /// <returns>The policy, or null when the service answers with none.</returns>
        /// <exception cref="IdcServiceException">HTTP 404 when the set does not exist or has no custom policy.</exception>
        public async Task<CustomPolicyAssignment?> GetCustomPolicyAsync(string instanceId, string permissionSetId, CancellationToken cancellationToken = default)
        {
            LifecycleValidator.ValidatePermissionSetReference(instanceId, permissionSetId);
            var context = await NewContextAsync(NewDeadline(), cancellationToken).ConfigureAwait(false);
            var reply = await SendAsync(HttpMethod.Get, ApiPaths.CustomPolicy(instanceId, permissionSetId), null, context, cancellationToken).ConfigureAwait(false);
            var policy = Deserialize(reply, IdcJsonContext.Default.CustomPolicyBody, "GetCustomPolicyForPermissionSet").CustomPolicy;
            return string.IsNullOrEmpty(policy) ? null : new CustomPolicyAssignment(instanceId, permissionSetId, policy);
        }

        public Task<RemovalResult> DeleteCustomPolicyAsync(string instanceId, string permissionSetId, CancellationToken cancellationToken = default)
        {
            LifecycleValidator.ValidatePermissionSetReference(instanceId, permissionSetId);
            return RemoveAsync(HttpMethod.Delete, ApiPaths.CustomPolicy(instanceId, permissionSetId), null, NewDeadline(), cancellationToken);
        }

        /// <summary>Every system identity policy attached to the set, following every page.</summary>
        public Task<IReadOnlyList<AttachedManagedPolicy>> ListManagedPoliciesAsync(string instanceId, string permissionSetId, CancellationToken cancellationToken = default)
        {
            LifecycleValidator.ValidatePermissionSetReference(instanceId, permissionSetId);
            return ManagedPolicyPages(instanceId, permissionSetId, NewDeadline()).ReadAllAsync(cancellationToken);
        }

        /// <summary>Attaches the policy unless it is attached already, in which case nothing is sent.</summary>
        public async Task<ManagedPolicyAttachment> AttachManagedPolicyAsync(AttachManagedPolicyRequest request, CancellationToken cancellationToken = default)
        {
            LifecycleValidator.Validate(request);
            var deadline = NewDeadline();
            var attached = await FindManagedPolicyAsync(request.InstanceId, request.PermissionSetId, request.PolicyId, deadline, cancellationToken).ConfigureAwait(false);
            if (attached != null)
            {
                return new ManagedPolicyAttachment(attached, attached: false);
            }

            var body = JsonSerializer.SerializeToUtf8Bytes(
                new AttachManagedPolicyBody { ManagedPolicyId = request.PolicyId, ManagedPolicyName = request.PolicyName },
                IdcJsonContext.Default.AttachManagedPolicyBody);
            var context = await NewContextAsync(deadline, cancellationToken).ConfigureAwait(false);
            try
            {
                await SendAsync(HttpMethod.Post, ApiPaths.AttachManagedPolicy(request.InstanceId, request.PermissionSetId), body, context, cancellationToken).ConfigureAwait(false);
            }
            catch (IdcServiceException duplicate) when (ServiceErrorCodes.MeansPolicyAlreadyAttached(duplicate))
            {
                // Attached since the look-up (another run, or an attempt whose reply was lost): the state asked for holds.
                var now = await FindManagedPolicyAsync(request.InstanceId, request.PermissionSetId, request.PolicyId, deadline, cancellationToken).ConfigureAwait(false);
                if (now == null)
                {
                    throw;
                }

                return new ManagedPolicyAttachment(now, attached: duplicate.OutcomeUnknown != null);
            }

            return new ManagedPolicyAttachment(new AttachedManagedPolicy(request.InstanceId, request.PermissionSetId, request.PolicyId, request.PolicyName), attached: true);
        }

        /// <summary>Detaches the policy; one that is not attached is reported as absent and nothing is sent.</summary>
        public async Task<RemovalResult> DetachManagedPolicyAsync(string instanceId, string permissionSetId, string policyId, CancellationToken cancellationToken = default)
        {
            LifecycleValidator.ValidatePermissionSetReference(instanceId, permissionSetId);
            RequestValidator.ValidateIdentifier("PolicyId", policyId);
            var deadline = NewDeadline();
            if (await FindManagedPolicyAsync(instanceId, permissionSetId, policyId, deadline, cancellationToken).ConfigureAwait(false) == null)
            {
                return new RemovalResult(RemovalOutcome.WasAbsent);
            }

            var body = JsonSerializer.SerializeToUtf8Bytes(new DetachManagedPolicyBody { ManagedPolicyId = policyId }, IdcJsonContext.Default.DetachManagedPolicyBody);
            return await RemoveAsync(HttpMethod.Post, ApiPaths.DetachManagedPolicy(instanceId, permissionSetId), body, deadline, cancellationToken).ConfigureAwait(false);
        }

        private PagedListing<AttachedManagedPolicy> ManagedPolicyPages(string instanceId, string permissionSetId, CallDeadline deadline) =>
            Listing(
                "ListManagedPoliciesInPermissionSet",
                ApiPaths.ManagedPolicies(instanceId, permissionSetId),
                IdcJsonContext.Default.ManagedPolicyPage,
                page => page.PageInfo,
                page => (page.AttachedManagedPolicies ?? new List<ManagedPolicyDto>())
                    .Select(dto => new AttachedManagedPolicy(instanceId, permissionSetId, dto.PolicyId ?? string.Empty, dto.PolicyName)),
                deadline);

        private async Task<AttachedManagedPolicy?> FindManagedPolicyAsync(string instanceId, string permissionSetId, string policyId, CallDeadline deadline, CancellationToken cancellationToken)
        {
            var attached = await ManagedPolicyPages(instanceId, permissionSetId, deadline).ReadAllAsync(cancellationToken).ConfigureAwait(false);
            return attached.FirstOrDefault(p => string.Equals(p.PolicyId, policyId, System.StringComparison.OrdinalIgnoreCase));
        }
    }
}
