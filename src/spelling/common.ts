/**
 * A few hundred of the commonest English words, always treated as known so
 * that even without a lexicon no pair like `these`/`those`, `women`/`woman`
 * or `form`/`from` is merged on shared context alone.
 */
export const commonWords: ReadonlySet<string> = new Set(
  (
    'a about above across act action add added after again against age ago agree ahead aid air all allow almost alone along already also although always am among amount an and another ' +
    'any anyone anything are area areas arm army around art as ask asked at away back bad bank base based be became because become been before began begin behind being believe best better ' +
    'between big bill billion black board body book both bring brought build built business but buy by call called came can cannot car care case cases cause center central centre century ' +
    'certain chance change child children city claim class clear close come coming community company control cost could council country county court cover create crisis current cut data ' +
    'day days deal death decade decision defence defense did die different do does doing done down during each early east economic economy effect effort eight either election else end ' +
    'enough even event ever every evidence face fact fall family far federal feel few field fight figure final find fire first five floor for force foreign form former forward found four ' +
    'free from front full fund future game gave general get give given go going good got government great green group grow growth had half hand happen hard has have he head health hear ' +
    'heard help her here high him his history hit hold home hope hour house how however human hundred idea if important in include including increase industry information inside instead ' +
    'interest international into is issue it its job join just keep kind knew know land large last late later latter law lead leader least leave led left less let level life light like ' +
    'likely line list little live local long look lose loose lost lot low made main major make man many market matter may me mean media meet meeting member men might military million mind ' +
    'minister minute money month months more most move much must my name nation national near need never new news next night nine no none nor north not nothing now number of off offer ' +
    'office officer official often oil old on once one only open or order other others our out over own paid part party past pay peace people per percent period person place plan play ' +
    'point police policy political poor power present president press price private problem process program programme public put question quite quiet race rate rather reach read real ' +
    'reason record report rest result return right rise road role room rule run safe said same saw say says school second security see seen sell send sense service set seven several ' +
    'shall share she short should show side since six small so social some someone something soon south space speak special staff stage start state states still stop story street ' +
    'strong study such support sure system take taken talk tax team tell ten term than that the their them then there these they thing think third this those though thought three ' +
    'through time to today together told too took top toward town trade trail trial true try turn two under union until up upon us use used very view vote want war was watch water way ' +
    'we week weeks well went were west what when where whether which while white who whole whom whose why wide will win with within without woman women word work world would year years ' +
    'yet you young your'
  ).split(' ')
)
