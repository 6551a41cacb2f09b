using System;
using System.Collections.Generic;
using IdentityCenter.Core.Errors;
using IdentityCenter.Core.Models;

namespace IdentityCenter.Core.Validation
{
    /// <summary>
    /// The checks of the permission-set lifecycle requests (look-up, update, managed policies, tags), made from the
    /// same rules and limits as the create, before anything is signed or sent.
    /// </summary>
    public static class LifecycleValidator
    {
        public static void ValidatePermissionSetReference(string? instanceId, string? permissionSetId)
        {
            RequestValidator.ValidateInstanceId("InstanceId", instanceId);
            RequestValidator.ValidatePermissionSetId("PermissionSetId", permissionSetId);
        }

        public static void ValidateName(string? name) =>
            RequestValidator.ValidateText("Name", name, Limits.NameMin, Limits.NameMax);

        public static void Validate(UpdatePermissionSetRequest request)
        {
            ValidatePermissionSetReference(request.InstanceId, request.PermissionSetId);
            RequestValidator.ValidateText("Description", request.Description, 0, Limits.DescriptionMax);
            RequestValidator.ValidateText("RelayState", request.RelayState, 0, Limits.RelayStateMax);
            RequestValidator.ThrowIf(RequestValidator.FindSessionDurationProblem(request.SessionDuration));
        }

        public static void Validate(AttachManagedPolicyRequest request)
        {
            ValidatePermissionSetReference(request.InstanceId, request.PermissionSetId);
            RequestValidator.ValidateIdentifier("PolicyId", request.PolicyId);
            if (request.PolicyName != null)
            {
                RequestValidator.ValidateText("PolicyName", request.PolicyName, Limits.ManagedPolicyNameMin, Limits.ManagedPolicyNameMax);
            }
        }

        /// <summary>The tags to add, by the create's limits.</summary>
        public static void ValidateTagsToAdd(IList<PermissionSetTag>? tags)
        {
            if (tags == null || tags.Count == 0)
            {
                throw new IdcValidationException("Tag", "no tag is given", "Give at least one tag, such as @{ team = 'ops' }");
            }

            RequestValidator.ThrowIf(RequestValidator.FindTagProblem(tags));
        }

        /// <summary>The set may hold no more tags once the new ones are merged with those it has.</summary>
        public static void ValidateTagCountAfterMerge(int countAfterMerge)
        {
            if (countAfterMerge > Limits.TagsMax)
            {
                throw new IdcValidationException(
                    "Tag",
                    "the permission set would have " + countAfterMerge + " tags",
                    "The limit is " + Limits.TagsMax + " tags on a permission set");
            }
        }

        public static void ValidateTagKeys(IList<string>? keys)
        {
            if (keys == null || keys.Count == 0)
            {
                throw new IdcValidationException("Key", "no tag key is given", "Give at least one key of 1 to " + Limits.TagKeyMax + " characters");
            }

            if (keys.Count > Limits.TagsMax)
            {
                throw new IdcValidationException("Key", "there are " + keys.Count + " keys", "The limit is " + Limits.TagsMax + " tags");
            }

            foreach (var key in keys)
            {
                RequestValidator.ValidateText("Key", key, Limits.TagKeyMin, Limits.TagKeyMax, "tag key");
            }
        }

        /// <summary>The keys once each, in the order first given.</summary>
        internal static List<string> Distinct(IEnumerable<string> keys)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var result = new List<string>();
            foreach (var key in keys)
            {
                if (seen.Add(key))
                {
                    result.Add(key);
                }
            }

            return result;
        }
    }
}
