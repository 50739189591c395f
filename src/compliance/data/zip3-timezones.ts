/**
 * ZIP code prefix (first three digits) -> state and IANA time zones, for RF-02 windows and the
 * ST-* state profiles. Accuracy is state level from the USPS prefix allocation, refined where a
 * state is split by a zone line along prefix boundaries (FL panhandle, TN, KY, IN, TX El Paso,
 * ID panhandle). Where a prefix itself straddles the line (Michigan's Upper Peninsula, western
 * KS/NE/ND/SD, eastern Oregon) it lists BOTH zones: RF-02 then requires the hour to be
 * convenient in each, which is the conservative reading for an uncertain location.
 * Military (AA/AE/AP) prefixes are not listed: no zone can be inferred from them.
 */
export interface Zip3Region {
  /** Inclusive range of three-digit prefixes. */
  first: number;
  last: number;
  state: string;
  zones: readonly string[];
}

const ET = ['America/New_York'];
const CT = ['America/Chicago'];
const MT = ['America/Denver'];
const PT = ['America/Los_Angeles'];
const AZ = ['America/Phoenix'];
const CT_MT = ['America/Chicago', 'America/Denver'];
const ET_CT = ['America/New_York', 'America/Chicago'];
const PT_MT = ['America/Los_Angeles', 'America/Denver'];

const region = (first: number, last: number, state: string, zones: readonly string[]): Zip3Region => ({ first, last, state, zones });

export const zip3Regions: readonly Zip3Region[] = [
  region(5, 5, 'NY', ET),
  region(6, 7, 'PR', ['America/Puerto_Rico']),
  region(8, 8, 'VI', ['America/St_Thomas']),
  region(9, 9, 'PR', ['America/Puerto_Rico']),
  region(10, 27, 'MA', ET),
  region(28, 29, 'RI', ET),
  region(30, 38, 'NH', ET),
  region(39, 49, 'ME', ET),
  region(50, 54, 'VT', ET),
  region(55, 55, 'MA', ET),
  region(56, 59, 'VT', ET),
  region(60, 69, 'CT', ET),
  region(70, 89, 'NJ', ET),
  region(100, 149, 'NY', ET),
  region(150, 196, 'PA', ET),
  region(197, 199, 'DE', ET),
  region(200, 200, 'DC', ET),
  region(201, 201, 'VA', ET),
  region(202, 205, 'DC', ET),
  region(206, 219, 'MD', ET),
  region(220, 246, 'VA', ET),
  region(247, 268, 'WV', ET),
  region(270, 289, 'NC', ET),
  region(290, 299, 'SC', ET),
  region(300, 319, 'GA', ET),
  region(320, 323, 'FL', ET),
  region(324, 325, 'FL', CT),
  region(326, 349, 'FL', ET),
  region(350, 369, 'AL', CT),
  region(370, 372, 'TN', CT),
  region(373, 374, 'TN', ET),
  region(375, 375, 'TN', CT),
  region(376, 379, 'TN', ET),
  region(380, 385, 'TN', CT),
  region(386, 397, 'MS', CT),
  region(398, 399, 'GA', ET),
  region(400, 418, 'KY', ET),
  region(420, 424, 'KY', CT),
  region(425, 427, 'KY', ET),
  region(430, 459, 'OH', ET),
  region(460, 462, 'IN', ET),
  region(463, 464, 'IN', CT),
  region(465, 475, 'IN', ET),
  region(476, 477, 'IN', CT),
  region(478, 479, 'IN', ET),
  region(480, 497, 'MI', ET),
  region(498, 499, 'MI', ET_CT),
  region(500, 528, 'IA', CT),
  region(530, 549, 'WI', CT),
  region(550, 567, 'MN', CT),
  region(570, 576, 'SD', CT),
  region(577, 577, 'SD', MT),
  region(580, 585, 'ND', CT),
  region(586, 586, 'ND', MT),
  region(587, 588, 'ND', CT_MT),
  region(590, 599, 'MT', MT),
  region(600, 629, 'IL', CT),
  region(630, 658, 'MO', CT),
  region(660, 676, 'KS', CT),
  region(677, 679, 'KS', CT_MT),
  region(680, 689, 'NE', CT),
  region(690, 693, 'NE', CT_MT),
  region(700, 715, 'LA', CT),
  region(716, 729, 'AR', CT),
  region(730, 749, 'OK', CT),
  region(750, 797, 'TX', CT),
  region(798, 799, 'TX', MT),
  region(800, 816, 'CO', MT),
  region(820, 831, 'WY', MT),
  region(832, 837, 'ID', MT),
  region(838, 838, 'ID', PT),
  region(840, 847, 'UT', MT),
  region(850, 865, 'AZ', AZ),
  region(870, 884, 'NM', MT),
  region(885, 885, 'TX', MT),
  region(889, 898, 'NV', PT),
  region(900, 961, 'CA', PT),
  region(967, 968, 'HI', ['Pacific/Honolulu']),
  region(969, 969, 'GU', ['Pacific/Guam']),
  region(970, 978, 'OR', PT),
  region(979, 979, 'OR', PT_MT),
  region(980, 994, 'WA', PT),
  region(995, 999, 'AK', ['America/Anchorage']),
];
