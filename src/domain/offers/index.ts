export { addDays, addMonths, nextDayOfMonth, type CalendarDate, type DateWindow } from './calendar';
export { installmentLimit, installmentPlan, installmentPlanAt, type InstallmentLimit, type InstallmentPlan } from './installment-plan';
export { offersFor, type Offer } from './offers-for';
export { payInFull, type PayInFull } from './pay-in-full';
export { proposePlan, type PlanProposal, type PlanRefusal, type PlanRequest } from './plan-proposal';
export { promiseLimits, proposePromise, type PromiseLimits, type PromiseProposal, type PromiseRefusal, type PromiseRequest, type PromiseToPay } from './promise-to-pay';
export type { PaymentRun, ScheduledPayment } from './schedule';
export { counterOfferFor, proposeSettlement, settlementFor, settlementTier, type CounterOffer, type Settlement, type SettlementProposal, type SettlementRequest, type SettlementTier } from './settlement';
export { specialistMenu, specialistOffer, type Authority, type SpecialistOffer, type SpecialistOfferRequest, type SpecialistOfferTerms } from './specialist-offers';
