import type { MeetingForm } from '../../../../shared/domain/vocabulary';
import type { MinuteField } from '../../../../shared/minutes/fields';

/**
 * What to think about under each heading, shown on screen below it and never printed.
 * For the Care Planning Meeting Record these follow Dorset's permanence planning guidance,
 * in our own words: prompts, not questions to answer one by one.
 */
const CPM: Partial<Record<MinuteField, string>> = {
  communication:
    'Is communication right for their age (any delay or speech difficulty)? First language, other languages, whether an interpreter is needed; speech and language advice and the tools that help.',
  legal: 'Check the legal status against the child’s record. List the hearings and any other orders in place.',
  placement:
    'Why location matters; how much supervision they need; brothers and sisters (placed together or apart) and other children in the home; the skills the carers need; keeping up interests (outdoor space, animals, activities); any changes to the home or routine; building independence.',
  education:
    'The current school and whether staying there matters; staff who know the child and their history; friendships at school; engagement and progress; an EHCP and an up-to-date PEP; how the Virtual School and SEND are involved; who does school transport.',
  health:
    'Diagnoses and ongoing treatment; hereditary conditions; eyesight and glasses; dental and medical kept apart; whether the Initial Health Assessment or a review has been done; the EHCP if there is one.',
  emotional:
    'What helps them manage their feelings and which carers’ strategies work; triggers and difficulties with boundaries; attachment work or professional input needed; expert reports in the proceedings and when they are due; therapy past, present or planned.',
  contact:
    'The current schedule and whether it is positive and meaningful for the child; whether its type, frequency, length, place or supervision need review, and when; any working agreement; what the court order says; friends and people outside the family; who does transport. Before stopping family time, take legal advice and tell the IRO.',
  permanenceOptions:
    'Reunification, Staying Put / Long-Term Fostering, Special Guardianship, Adoption / Early Permanence. The first meeting considers all four; they narrow at each review. One primary plan, the others in parallel. A change of option is ratified at a Child in Care review.',
  optionsDiscussion:
    'Updates only, not what is recorded already: the options considered and what was decided about each, the parents’ input on every option, and whether an order needs revoking now proceedings have ended.',
  familyFinding: 'Walsall: whether to ask the court’s permission to start family finding early, considered for adoption and for permanent fostering.',
  transition: 'For young people of 17 and over (planning starts early): whether Leaving Care and Adult Services should contribute; the pathway plan; Staying Put.',
  keyDates:
    'Hearings, applications and assessments (parenting, special guardianship, connected person, together or apart, experts, CPR, medical, ADM). Dates already on the child’s record are added to the record for you.',
  parentsInvited: 'Invite those with parental responsibility unless it is not appropriate; agree that decision with the team manager.',
  parentsNotInvitedWhy: 'The reason, as agreed with the team manager.',
  parentsToldHow: 'Who will tell them of the plan, how and by when.',
  viewsChild: 'Their views on the plan, their wishes about where they live and the long-term plan, in their own words where you can.',
  viewsParents: 'Their views on each option being planned, and whether they are clear what the options are.',
  viewsIro: 'The IRO’s view must be recorded.',
  planForPermanence: 'The plan and the legal orders sought; it must match what this meeting recommends.',
  conclusion: 'Clear recommendations, in plain words.',
  contingency: 'What could be done to prevent a crisis: stability meetings, professionals’ meetings, a line-of-sight meeting.',
  smartPlan:
    'Specific, measurable, achievable, relevant, timed. One row for each outcome for the child: how progress will be measured, what will be done, by whom and by when. A row’s action can be tracked without typing it again.',
  nextMeetingDate: 'Book it before this meeting closes, to avoid drift: give a date, or record below why it is not booked yet.',
  nextMeetingReason: 'Only if no date is booked.',
};

const LGP: Partial<Record<MinuteField, string>> = {
  lgpReasons: 'Why the panel reached its decision.',
  permanenceOptions: 'The plan the panel is asked to ratify, from the referral form. Record it here if it is not on the child’s record.',
  planRatified: 'A plan can be ratified only once it is recorded, here or on the child’s record.',
  raaStage1: 'Needed when proceedings are issued and adoption is one of the plans.',
};

const EVERY_FORM: Partial<Record<MinuteField, string>> = {
  childViews: 'In the child’s own words where you can.',
  dissent: 'Anyone who disagreed with a decision, and why.',
};

export function guidance(form: MeetingForm, field: MinuteField): string | undefined {
  return (form === 'cpm' ? CPM : form === 'lgp' ? LGP : {})[field] ?? EVERY_FORM[field];
}
