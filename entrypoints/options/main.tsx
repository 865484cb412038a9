import { mountPage } from '../../components/mount-page';
import { Options } from './Options';

mountPage(<Options />);
